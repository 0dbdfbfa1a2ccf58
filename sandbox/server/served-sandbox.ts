import type { Sandbox } from '../sandbox';

/** What the HTTP server needs of a sandbox: everything but starting and stopping servers. */
export type ServedSandbox = Omit<Sandbox, 'listen' | 'close'>;
