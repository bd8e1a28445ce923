// Entry point `@factify/sharing/schemas`: the valibot schemas and operation descriptors, for tools
// (the emulator, contract tests) that validate Factify payloads without sending requests.
export * from "./generated/descriptors";
