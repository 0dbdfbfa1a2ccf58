/** The contract personas of the sandbox (sandbox/jira/seed-users.ts) and the clock's start. */

/** Monday 1 December 2025, 10:00 in Paris: business hours, so the seeded delays are meaningful. */
export const T0 = new Date('2025-12-01T09:00:00.000Z');

export const ALICE = 'customer-alice';
export const BOB = 'customer-bob';
export const CAROL = 'unlicensed-carol';
export const DAVE = 'agent-dave';
export const ERIN = 'agent-erin';
export const FRANK = 'admin-frank';
