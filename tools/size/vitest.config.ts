import "./node20-polyfills";
import { packageTests } from "../../vitest.preset";

export default packageTests();
