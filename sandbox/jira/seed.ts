/**
 * The fixed seed of the fake Jira/JSM site (described in sandbox/README.md): one service desk, its request
 * types, fields, priorities, workflow, personas and the requests SUP-1..SUP-7. Other code and tests rely on these
 * exact ids and values.
 */

export * from './seed-site';
export * from './seed-users';
export { seedData } from './seed-requests';
