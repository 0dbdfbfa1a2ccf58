/**
 * The JiraPort's site lists for the admin's pickers (CatalogPort): one JSM call per page, as the user (the admin),
 * so a picker offers what the admin may see. JSM pages are `{ start, size, limit, isLastPage, values }`.
 */
import { route } from '@forge/api';
import type { CatalogEntry } from '../../contract';
import type { CatalogPort } from '../../ports';
import type { PortDeps } from './port-deps';

interface JsmPage {
  start?: number;
  size?: number;
  isLastPage?: boolean;
  values?: unknown[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const text = (v: unknown): string | null =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;

/** Entries that lack an id or a name are dropped; the next start follows JSM's `isLastPage`. */
export function pageOf(page: JsmPage | null, start: number, entry: (v: Json) => CatalogEntry | null) {
  const raw = Array.isArray(page?.values) ? page.values : [];
  const values = raw.map((v) => entry(obj(v))).filter((v): v is CatalogEntry => v !== null);
  const size = typeof page?.size === 'number' ? page.size : raw.length;
  const last = page?.isLastPage !== false || size === 0;
  return { values, nextStart: last ? null : (typeof page?.start === 'number' ? page.start : start) + size };
}

function named(v: Json): CatalogEntry | null {
  const id = text(v.id);
  const name = text(v.name);
  if (!id || !name) return null;
  const serviceDeskId = text(v.serviceDeskId);
  return serviceDeskId ? { id, name, serviceDeskId } : { id, name };
}

function project(v: Json): CatalogEntry | null {
  const key = text(v.projectKey);
  const name = text(v.projectName);
  const serviceDeskId = text(v.id);
  return key && name && serviceDeskId ? { id: key, name, serviceDeskId } : null;
}

export function catalogReads({ client }: Pick<PortDeps, 'client'>): CatalogPort {
  const get = (path: ReturnType<typeof route>) => client.get<JsmPage | null>(path, { as: 'user' });
  return {
    async serviceProjects(start, limit) {
      return pageOf(await get(route`/rest/servicedeskapi/servicedesk?start=${start}&limit=${limit}`), start, project);
    },
    async requestTypes(serviceDesk, start, limit) {
      const path = route`/rest/servicedeskapi/servicedesk/${serviceDesk}/requesttype?start=${start}&limit=${limit}`;
      return pageOf(await get(path), start, named);
    },
    async organizations(start, limit) {
      return pageOf(await get(route`/rest/servicedeskapi/organization?start=${start}&limit=${limit}`), start, named);
    },
  };
}
