/**
 * The site's projects, request types and organizations for the policy pickers: read through the admin resolver's
 * listProjects / listRequestTypes / listOrganizations, one page (≤ 50) per call, and only when the admin asks for
 * more ("Afficher plus"). What was read is kept for the page's life, so names show wherever an id is listed.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useBridge, type Bridge } from '../../../common/bridge';
import { isError, type CatalogEntry, type CatalogPageResult } from '../../../../src/contract';

/** A list: projects, organizations, or one project's request types ("requestTypes:SUP"). */
export type ListKey = 'projects' | 'organizations' | `requestTypes:${string}`;

export interface ListState {
  entries: CatalogEntry[];
  /** Where the next page starts; null once the whole list is read. */
  nextStart: number | null;
  loading: boolean;
  error?: string;
}

interface Catalog {
  lists: Record<string, ListState>;
  /** Reads the list's next page (the first one if none was read yet). */
  more(key: ListKey): Promise<void>;
}

const CatalogContext = createContext<Catalog | null>(null);

function readPage(bridge: Bridge, key: ListKey, start: number) {
  if (key === 'projects') return bridge.invoke('listProjects', { start });
  if (key === 'organizations') return bridge.invoke('listOrganizations', { start });
  return bridge.invoke('listRequestTypes', { projectKey: key.slice('requestTypes:'.length), start });
}

export function CatalogProvider({ children }: { children: ReactNode }) {
  const bridge = useBridge();
  const [lists, setLists] = useState<Record<string, ListState>>({});
  const latest = useRef(lists);
  latest.current = lists;
  // Two pickers may ask for the same list in one render: one call.
  const inFlight = useRef(new Set<string>());
  const more = useCallback(
    async (key: ListKey) => {
      const now = latest.current[key];
      if (inFlight.current.has(key) || now?.nextStart === null) return;
      inFlight.current.add(key);
      const start = now?.nextStart ?? 0;
      setLists((all) => ({ ...all, [key]: { entries: all[key]?.entries ?? [], nextStart: start, loading: true } }));
      const r = await readPage(bridge, key, start);
      inFlight.current.delete(key);
      setLists((all) => {
        const now = all[key] ?? { entries: [], nextStart: 0, loading: false };
        if (isError(r)) return { ...all, [key]: { ...now, loading: false, error: r.error.message } };
        const page: CatalogPageResult = r;
        const known = new Set(now.entries.map((e) => e.id));
        const entries = [...now.entries, ...page.values.filter((e) => !known.has(e.id))];
        return { ...all, [key]: { entries, nextStart: page.nextStart, loading: false } };
      });
    },
    [bridge],
  );
  const value = useMemo(() => ({ lists, more }), [lists, more]);
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

export function useCatalog(): Catalog {
  const catalog = useContext(CatalogContext);
  if (!catalog) throw new Error('useCatalog outside <CatalogProvider>');
  return catalog;
}

/** The name of an id in any list read so far (request types: any project's), or null. */
export function nameOf(
  lists: Record<string, ListState>,
  kind: 'projects' | 'organizations' | 'requestTypes',
  id: string,
) {
  for (const [key, list] of Object.entries(lists)) {
    if (key !== kind && !key.startsWith(`${kind}:`)) continue;
    const hit = list.entries.find((e) => e.id === id);
    if (hit) return hit.name;
  }
  return null;
}
