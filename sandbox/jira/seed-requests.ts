/** The seed's requests SUP-1..SUP-7 and their comments (`sandbox/data/seed/requests.json`), dated relative to the sandbox clock. */
import { adfText } from './adf';
import { organizationsOf, PROJECT, STATUS, STATUSES } from './seed-site';
import SEED_JSON from '../data/seed/requests.json';
import type { CommentRow, IssueRow } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One seeded request as `sandbox/data/seed/requests.json` writes it: times are hours before the clock's now. */
interface SeedRequest {
  agoHours: number;
  summary: string;
  description: string;
  requestTypeId: string;
  status: keyof typeof STATUS;
  reporter: string;
  assignee: string | null;
  participants: string[];
  priorityId: string;
  impactOptionId: string;
  urgencyOptionId: string;
  comments: { author: string; text: string; public: boolean; agoHours: number }[];
}

const isStatus = (status: string): status is SeedRequest['status'] => status in STATUS;
const SEED: SeedRequest[] = SEED_JSON.map((s) => {
  if (!isStatus(s.status)) throw new Error(`sandbox/data/seed/requests.json: unknown status "${s.status}"`);
  return { ...s, status: s.status };
});

/** The seeded issues and comments, dated relative to `nowMs`. Comment ids are numbered from `firstCommentId`. */
export function seedData(nowMs: number, firstCommentId: number): { issues: IssueRow[]; comments: CommentRow[] } {
  const issues: IssueRow[] = [];
  const comments: CommentRow[] = [];
  let commentId = firstCommentId;
  SEED.forEach((s, i) => {
    const { agoHours, status, comments: seededComments, ...row } = s;
    const statusId = STATUS[status];
    const created = nowMs - agoHours * HOUR;
    const key = `${PROJECT.key}-${i + 1}`;
    const lastComment = seededComments.reduce((m, c) => Math.max(m, nowMs - c.agoHours * HOUR), created);
    const done = STATUSES.find((st) => st.id === statusId)?.category === 'done';
    const statusDate = statusId === STATUS.open ? created : Math.min(lastComment, created + DAY);
    issues.push({
      ...row,
      statusId,
      labels: [],
      id: String(10001 + i),
      key,
      creator: row.reporter,
      watchers: row.assignee ? [row.assignee] : [],
      created,
      updated: Math.max(lastComment, statusDate),
      statusDate,
      resolutionDate: done ? statusDate : null,
      organizationIds: organizationsOf(row.reporter),
    });
    for (const c of seededComments) {
      const at = nowMs - c.agoHours * HOUR;
      comments.push({
        id: String(commentId++),
        issueKey: key,
        author: c.author,
        updateAuthor: c.author,
        body: adfText(c.text),
        public: c.public,
        created: at,
        updated: at,
        properties: c.public ? {} : { 'sd.public.comment': { internal: true } },
      });
    }
  });
  return { issues, comments };
}
