/**
 * Time limits of Forge functions (manifest defaults): resolvers 25 s, triggers 55 s. The one home of these
 * figures: the app bounds its product calls with them, and the sandbox enforces them as the platform does.
 */
export const INVOCATION_LIMIT_MS = { resolver: 25_000, trigger: 55_000 } as const;
