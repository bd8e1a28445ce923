// Public API of @factify/documents: one standalone function per operation, the resource class and
// every type they take and return. All of it is generated from the spec (see src/generated/).
export * from "./generated/index";
