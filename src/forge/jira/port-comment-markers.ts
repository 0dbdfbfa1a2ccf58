/** The JiraPort's look for the markers on the app's comments (src/app/comment-markers.ts). */
import { route } from '@forge/api';
import type { JiraPort } from '../../ports';
import type { JiraClient } from './client';

/** The comment property that names what an app comment is for: "L1-internal", "L2-closed"… */
export const MARKER_PROPERTY = 'escalade.effect';

/** How many of the newest comments are looked at (one page). */
const NEWEST = 100;

/**
 * GET …/comment (newest first), then the properties of the app's comments among them through the documented read
 * that returns them, POST /rest/api/3/comment/list?expand=properties (the comment list documents
 * `expand=renderedBody` only). One call when none of the newest comments is the app's, two otherwise.
 */
export function commentMarkers(client: JiraClient): JiraPort['commentMarkers'] {
  return async (key) => {
    const page = await client.get<{ comments?: { id?: unknown; author?: { accountType?: unknown } }[] }>(
      route`/rest/api/3/issue/${key}/comment?orderBy=${'-created'}&maxResults=${NEWEST}`,
    );
    const ids = (page?.comments ?? []).filter((c) => c.author?.accountType === 'app').map((c) => Number(c.id));
    const markers = new Set<string>();
    if (ids.length === 0) return markers;
    // A read made with POST: it changes nothing, so it may be retried.
    const res = await client.request<{ values?: { properties?: { key?: unknown; value?: unknown }[] }[] }>(
      'POST',
      route`/rest/api/3/comment/list?expand=${'properties'}`,
      { body: { ids }, idempotent: true },
    );
    for (const c of res.body?.values ?? [])
      for (const p of c.properties ?? [])
        if (p.key === MARKER_PROPERTY && typeof p.value === 'string') markers.add(p.value);
    return markers;
  };
}
