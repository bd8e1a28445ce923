// The spec-driven codegen tests find the spec where every other test does (tools/test-support).
export { API_MAP_PATH, HAVE_SPEC, IN_CI, requireSpecInCi, SPEC_PATH } from "@factify-tools/test-support";
