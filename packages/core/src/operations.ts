// `@factify/core/operations`: what generated resource packages (and hand-written operations beside
// them) need to describe and run an API operation. Applications use the root entry instead; nothing
// here is needed to call the API through a resource package.
//
// The classes and types an operation returns (APIPromise, PageRequest) live in the root entry and
// are re-exported here only where an operation module builds them itself.

export { APIPromise } from "./api-promise";
export { invoke } from "./invoke";
export type { OperationDescriptor, PaginationConfig } from "./operation";
export { createPageFetcher, paginate } from "./pagination";
export { dateTimeInput, isRfc3339DateTime, type OpenEnumSchema, openEnum, paginationSchema, uploadable } from "./schema";
export { upload } from "./upload";
