/** The domain's public API: pure rules, no @forge import, no clock read (`now` is always a parameter). */
export * from './config';
export * from './calendar';
export * from './timer';
export * from './policy';
export * from './tiers';
export * from './escalation';
export * from './follow-up';
export * from './party';
export * from './fallback';
export * from './record';
export type { Caller, CommentFacts, OptionValue, RequestFacts, SlaCycle, StatusCategory } from './facts';
export * from './stats';
