/**
 * The fixed seed of the fake Jira/JSM site (described in sandbox/README.md): two service desks (SUP, INF), their request
 * types, fields, priorities, workflow, personas and the requests SUP-1..SUP-7. Other code and tests rely on these
 * exact ids and values. The longer tables are data files: `sandbox/data/seed/requests.json` (the requests and their
 * comments) and `sandbox/data/seed/fields.json` (the fields, and the impact and urgency options).
 *
 * Provenance: the rows are data, not REST shapes. sandbox/jira/representations.ts renders them in Atlassian's
 * shapes (platform REST v3 and servicedeskapi), and every route checks its answer against the jira.js (v6) response
 * schema it names (`response`, sandbox/jira/schemas.ts), so a seed value that no real site could hold fails loudly.
 * The impact and urgency options are the values JSM gives its IT service projects (Extensive / Widespread … Minor /
 * Localized; Critical … Low).
 */

export * from './seed-site';
export * from './seed-users';
export { seedData } from './seed-requests';
