// Module resolution hook: `msw` and `msw/*` resolve to the msw 3 copy installed as `msw3`, so the
// built @factify/mock-server/msw entry runs against msw 3 unchanged.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "msw" || specifier.startsWith("msw/")) return nextResolve(`msw3${specifier.slice(3)}`, context);
  return nextResolve(specifier, context);
}
