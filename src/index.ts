/** Forge entry (manifest `handler: index.*`): re-exports the handlers, nothing else. */
export { portalResolver } from './forge/handlers/portal-resolver';
export { agentResolver } from './forge/handlers/agent-resolver';
export { adminResolver } from './forge/handlers/admin-resolver';
export { queueResolver } from './forge/handlers/queue-resolver';
export { followUpTrigger } from './forge/handlers/follow-up-trigger';
export { sweepTrigger } from './forge/handlers/sweep-trigger';
export { gadgetResolver } from './forge/handlers/gadget-resolver';
