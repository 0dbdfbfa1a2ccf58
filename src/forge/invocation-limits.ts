/**
 * Time limits of Forge functions, by what invokes them (Forge docs, limits-invocation, "Invocation limits"):
 * - 25 s, the general limit ("Runtime seconds … 25 … Maximum runtime permitted before the app is stopped"):
 *   resolvers and product event triggers (`avi:jira:commented:issue`), which no longer limit names;
 * - 55 s by default for scheduled triggers and async event consumers ("Default timeout is 55 seconds", up
 *   to 900 s with `timeoutSeconds`), and for web triggers.
 * The app asks the runtime first (`getRemainingTimeInMillis()`, src/forge/jira/remaining-time.ts); these
 * figures are the fallback when it cannot tell, so they must never be longer than the real limit. The one
 * home of these figures: the sandbox gives each invocation the same time.
 */
export const INVOCATION_LIMIT_MS = { resolver: 25_000, productTrigger: 25_000, scheduledTrigger: 55_000 } as const;

export type InvocationKind = keyof typeof INVOCATION_LIMIT_MS;
