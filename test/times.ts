/**
 * Test times: the default request's creation, when it becomes eligible, and the clock of the level tests.
 * Shared by the domain, use-case and integration tests (the builders date their values from them).
 */

/** 2025-03-10 is a Monday (Paris is UTC+1 then). */
export const CREATED_AT = '2025-03-10T09:00:00.000+01:00';

export const hours = (h: number) => h * 60 * 60 * 1000;
export const addMs = (iso: string | Date, ms: number) => new Date(new Date(iso).getTime() + ms);

/** When the default request (Moderate × Medium, 16 h) becomes eligible on the 24/7 timer. */
export const ELIGIBLE_AT = addMs(CREATED_AT, hours(16));
/** The first escalation, in the tests of levels: `at(h)` is h hours after it, `iso(h)` the same as text. */
export const T = '2025-03-12T10:00:00.000Z';
export const at = (h: number) => addMs(T, hours(h));
export const iso = (h: number) => at(h).toISOString();
