/** Query-string readers and the paged list shape (`startAt`, `maxResults`, `values`) of /rest/api/3. */
import { SITE_URL } from '../seed';

const API = `${SITE_URL}/rest/api/3`;

export function page<T>(values: T[], startAt: number, maxResults: number, total = values.length) {
  return { self: `${API}/page`, maxResults, startAt, total, isLast: startAt + values.length >= total, values };
}

export const list = (q: URLSearchParams, name: string) =>
  q
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
export const num = (v: string | null) => (v === null || v === '' ? undefined : Number(v));
