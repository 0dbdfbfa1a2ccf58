/** One sandbox per integration test file, a fresh site before each test, and what the site sent since. */
import { createSandbox, type Sandbox } from '../../sandbox';
import { resetWarmCaches } from '../../src/forge/platform';
import { T0 } from './personas';

export async function startSandbox(): Promise<Sandbox> {
  return createSandbox({ now: T0 });
}

/**
 * The setup of an integration test file: one sandbox for the file (closed after it) and a fresh site before
 * each test (`fresh: false` for a file that sets the clock first). `use` receives the sandbox once it has started:
 * `let sb: Sandbox; useSandbox((s) => (sb = s));`.
 */
export function useSandbox(use: (sb: Sandbox) => unknown, { fresh = true }: { fresh?: boolean } = {}): void {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox();
    await use(sb);
  });
  afterAll(() => sb.close());
  if (fresh) beforeEach(() => freshSite(sb));
}

/**
 * One fresh site for the whole file, with extra projects the agents see (the analytics tests spread their
 * synthetic escalations over them): `useSiteWithProjects(['PA', 'PB'], (s) => (sb = s))`.
 */
export function useSiteWithProjects(projects: string[], use: (sb: Sandbox) => unknown): void {
  useSandbox(
    async (s) => {
      await freshSite(s);
      s.jira.addSiteProjects(projects);
      await use(s);
    },
    { fresh: false },
  );
}

/** A fresh site and a cold container (no warm caches), with empty call logs. */
export async function freshSite(sb: Sandbox): Promise<void> {
  await sb.reset();
  resetWarmCaches();
  sb.clearCalls();
  seedMails.set(sb, sb.outbox().length);
}

/** The next invocation runs in a cold container (no field ids, priorities or config cached); call log emptied. */
export function coldContainer(sb: Sandbox): void {
  resetWarmCaches();
  sb.clearCalls();
}

/** The reset's own escalation of SUP-4 sends an email: tests look at what came after it. */
const seedMails = new WeakMap<Sandbox, number>();
export const newMails = (sb: Sandbox) => sb.outbox().slice(seedMails.get(sb) ?? 0);

export const productCalls = (sb: Sandbox) => sb.calls().filter((c) => c.kind === 'product');

export const emailsFor = (sb: Sandbox, issueKey: string) => newMails(sb).filter((m) => m.issueKey === issueKey);
