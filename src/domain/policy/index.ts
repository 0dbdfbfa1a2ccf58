export { classify, type ClassifiableRequest, type Classification } from './classify';
export { normalizeLabel } from './normalize';
export { resolveImpact, resolveUrgency } from './resolve-level';
