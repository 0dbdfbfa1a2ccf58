import created from '../../../test/fixtures/events/comment-created.json';
import updated from '../../../test/fixtures/events/comment-updated.json';
import { adf, harness } from './harness';

/** The key paths of a JSON value (array items collapsed), to compare shapes and not values. */
function shape(v: unknown, prefix = ''): string[] {
  if (Array.isArray(v)) return v.length ? shape(v[0], `${prefix}[]`) : [`${prefix}[]`];
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => [`${prefix}.${k}`, ...shape(x, `${prefix}.${k}`)]);
  return [];
}

describe('event fixtures stay in step with the fake', () => {
  it('comment-created.json and comment-updated.json have the shape the fake emits (plus the host context)', () => {
    const { call, events } = harness();
    const c = call('customer-alice', 'POST', '/rest/servicedeskapi/request/SUP-3/comment', { body: 'x' }).body as {
      id: string;
    };
    call('agent-dave', 'PUT', `/rest/api/3/issue/SUP-3/comment/${c.id}`, { body: adf('y') });
    const withContext = (p: Record<string, unknown>) => ({ ...p, context: { cloudId: 'c', moduleKey: 'm' } });
    expect(shape(created).sort()).toEqual(shape(withContext(events[0].payload)).sort());
    expect(shape(updated).sort()).toEqual(shape(withContext(events[1].payload)).sort());
    expect(created.eventType).toBe('avi:jira:commented:issue');
    expect(updated.comment.updateAuthor.accountId).toBe('agent-dave');
    expect(updated.comment.updated > updated.comment.created).toBe(true);
  });
});
