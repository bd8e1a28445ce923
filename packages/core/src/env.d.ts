// Build-time constants. This file is ambient for the compiler only: nothing imports it, so it never
// reaches the published .d.ts (a `declare global` there would leak into users' code, compile, and
// throw at run time).

/** Replaced at build time by tsup (and in tests by vitest) with the package's version. */
declare const __PACKAGE_VERSION__: string;
