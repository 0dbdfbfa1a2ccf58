import type { ExportPage } from '../../contract';
import { CSV_COLUMNS, csvLine, exportRows, projectOfKey } from '../../domain';
import { translate, type Lang } from '../../i18n/translate';
import { ok, refuse, type Outcome } from '../outcome';
import type { Ports } from '../ports-bundle';
import { closeReasonLabel, reasonLabel } from '../reason-label';

/** Requests read per page: one KVS query page and one JQL search (at most 100 keys) for their summaries. */
export const EXPORT_PAGE_SIZE = 100;

/**
 * One page of the escalations export, from the request records (every escalation, open or closed): the header
 * on the first page, then one row per escalation of the projects the viewer can browse (one bulk permission
 * call as the viewer). Two product calls and one KVS query per page, so a large site is exported page by page,
 * each well inside the resolver's 25 s.
 */
export async function exportEscalations(
  ports: Ports,
  cursor: string | null,
  lang: Lang,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<Outcome<ExportPage>> {
  const { config } = await ports.store.getConfig();
  const browsable = new Set(await ports.jira.browsableProjects());
  if (browsable.size === 0) return refuse('FORBIDDEN');
  const page = await ports.stats.listRecords(cursor, pageSize);
  const visible = page.records.filter((r) => r.escalations.length > 0 && browsable.has(projectOfKey(r.issueKey)));
  const summaries = await ports.jira.summaries(visible.map((r) => r.issueKey));
  const reason = (id: string) => reasonLabel(config, id, lang);
  const policy = (id: string) => (id === 'default' ? translate(lang, 'gadget.policy.default') : id);
  const rows = visible.flatMap((r) =>
    exportRows(r, {
      summary: summaries.get(r.issueKey) ?? '',
      reason,
      policy,
      closeReason: (id) => closeReasonLabel(config, id, lang),
    }),
  );
  const header = cursor === null ? csvLine(CSV_COLUMNS.map((c) => translate(lang, `queue.export.columns.${c}`))) : '';
  return ok({
    csv: header + rows.map(csvLine).join(''),
    rows: rows.length,
    cursor: page.cursor,
    done: page.cursor === null,
  });
}
