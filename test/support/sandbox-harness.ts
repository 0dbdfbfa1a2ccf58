/**
 * Given / when / then helpers for the integration tests: the real handlers run in-process in the
 * sandbox (emulated Forge platform, fake Jira, KVS on SQLite). Nothing of the app is mocked.
 * - `personas`: who acts (Alice, Bob, Carol, Dave, Erin, Frank) and the start time T0;
 * - `sandbox-setup`: `useSandbox`, a fresh site, a cold container, the mails and product calls since;
 * - `invoke`: the resolver functions as a persona (`portal`, `agent`, `admin`, …) and their answers (`ok`, …);
 * - `site-actions`: comments, edits, the issue property and labels through Jira's REST API.
 */
export * from './personas';
export * from './sandbox-setup';
export * from './invoke';
export * from './site-actions';
