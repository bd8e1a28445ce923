// The package version, baked in at build time (tsup `define`; vitest defines a test value).
declare const __PACKAGE_VERSION__: string;

/** The version of @factify/mock-server this code was built as. */
export const VERSION: string = __PACKAGE_VERSION__;
