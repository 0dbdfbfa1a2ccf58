import type { AdfDoc } from '../ports';
import type { Ports } from './ports-bundle';

/**
 * Every comment the app writes for an escalation carries the comment property `escalade.effect`, naming what
 * it is: "L1-internal", "L1-public", "L2-acknowledged", "L1-closed"… (docs/rules.md §8). A write that may have
 * been made already (its outcome unknown after a timeout, or an earlier invocation that stopped before
 * recording it) is preceded by a look for its marker, so the comment is never written twice.
 */
export const MARKER_PROPERTY = 'escalade.effect';

export type MarkedComment = 'internal' | 'public' | 'acknowledged' | 'closed' | 'reminder';

export const markerOf = (level: number, what: MarkedComment): string => `L${level}-${what}`;

/**
 * Adds the comment with its marker, unless `lookFirst` and the marker is already on one of the issue's
 * comments. A first attempt knows there is none; a retry or a completion looks first.
 */
export async function writeMarkedComment(
  ports: Ports,
  key: string,
  comment: { body: AdfDoc; visibility: 'internal' | 'public'; marker: string },
  lookFirst: boolean,
): Promise<void> {
  if (lookFirst && (await ports.jira.commentMarkers(key)).has(comment.marker)) return;
  await ports.jira.addComment(key, comment.body, comment.visibility, comment.marker);
}
