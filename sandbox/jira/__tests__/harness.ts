/** Builds a FakeJira on an in-memory database with a fixed clock, and calls it like the host does. */
import Database from 'better-sqlite3';
import { SandboxClock } from '../../clock';
import { FakeJira } from '../fake-jira';
import type { Actor, CommentEvent } from '../types';

export const NOW = new Date('2026-11-27T10:15:00.000Z');

export function harness() {
  const db = new Database(':memory:');
  const clock = new SandboxClock(NOW);
  const events: CommentEvent[] = [];
  const jira = new FakeJira({ db, clock, onCommentEvent: (e) => events.push(e) });
  const call = (who: string | 'app' | null, method: string, pathAndQuery: string, body?: unknown) => {
    const actor: Actor =
      who === 'app' ? { kind: 'app' } : who === null ? { kind: 'anonymous' } : { kind: 'user', accountId: who };
    const [p, q] = pathAndQuery.split('?');
    return jira.handle({ method, path: p, query: new URLSearchParams(q ?? ''), body, actor });
  };
  return { db, clock, jira, events, call };
}

export const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
