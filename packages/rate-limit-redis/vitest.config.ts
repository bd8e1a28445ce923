import { packageTests } from "../../vitest.preset";

export default packageTests();
