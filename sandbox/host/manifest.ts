import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INTERVAL_MS, type Interval, type ScheduledTriggerModule } from './scheduler';

/** What the host needs from manifest.yml: modules, their resolvers and resources, the trigger. */
export interface UiModule {
  key: string;
  /** The manifest module type, e.g. `jiraServiceManagement:portalRequestDetailPanel`. */
  type: string;
  resource?: string;
  /** Function key of the module's resolver, e.g. `portal-resolver`. */
  resolverFunction?: string;
  title?: unknown;
  /** `viewportSize` when the module declares one: the host then gives its iframe a fixed height, no auto-resize. */
  viewportSize?: string;
}

export interface TriggerModule {
  key: string;
  functionKey: string;
  events: string[];
  ignoreSelf: boolean;
}

export interface AppManifest {
  /** `scheduledTrigger` modules, fired by the sandbox clock (host/scheduler.ts). */
  scheduledTriggers: ScheduledTriggerModule[];
  appId: string;
  modules: Map<string, UiModule>;
  /** Function key → handler export name in the app entry (`index.portalResolver` → `portalResolver`). */
  functions: Map<string, string>;
  triggers: TriggerModule[];
  /** Resource key → path relative to the repo root. */
  resources: Map<string, string>;
  translations: { key: string; path: string }[];
  fallbackLocale: string;
  scopes: string[];
}

type Raw = Record<string, unknown>;
const asArray = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);

export function readManifest(file: string): AppManifest {
  const doc = parse(readFileSync(file, 'utf8')) as Raw;
  const modulesRaw = (doc.modules ?? {}) as Record<string, unknown>;
  const modules = new Map<string, UiModule>();
  const functions = new Map<string, string>();
  const triggers: TriggerModule[] = [];
  const scheduledTriggers: ScheduledTriggerModule[] = [];
  for (const [type, list] of Object.entries(modulesRaw)) {
    for (const m of asArray(list)) {
      const key = String(m.key);
      if (type === 'function') {
        const handler = String(m.handler ?? '');
        functions.set(key, handler.slice(handler.lastIndexOf('.') + 1));
      } else if (type === 'trigger') {
        const filter = (m.filter ?? {}) as Raw;
        triggers.push({
          key,
          functionKey: String(m.function),
          events: (m.events as string[] | undefined) ?? [],
          ignoreSelf: filter.ignoreSelf === true,
        });
      } else if (type === 'scheduledTrigger') {
        const interval = String(m.interval) as Interval;
        if (!(interval in INTERVAL_MS)) throw new Error(`manifest: scheduledTrigger ${key} has an unknown interval`);
        scheduledTriggers.push({ key, functionKey: String(m.function), interval });
      } else if (m.resource !== undefined || m.resolver !== undefined) {
        const resolver = (m.resolver ?? {}) as Raw;
        modules.set(key, {
          key,
          type,
          resource: m.resource === undefined ? undefined : String(m.resource),
          viewportSize: typeof m.viewportSize === 'string' ? m.viewportSize : undefined,
          resolverFunction: resolver.function === undefined ? undefined : String(resolver.function),
          title: m.title,
        });
      }
    }
  }
  const resources = new Map<string, string>();
  for (const r of asArray(doc.resources)) resources.set(String(r.key), String(r.path));
  const translationsRaw = (doc.translations ?? {}) as Raw;
  const app = (doc.app ?? {}) as Raw;
  const permissions = (doc.permissions ?? {}) as Raw;
  return {
    appId: String(app.id ?? 'ari:cloud:ecosystem::app/sandbox'),
    modules,
    functions,
    triggers,
    scheduledTriggers,
    resources,
    translations: asArray(translationsRaw.resources).map((t) => ({ key: String(t.key), path: String(t.path) })),
    fallbackLocale: String(((translationsRaw.fallback ?? {}) as Raw).default ?? 'en-US'),
    scopes: ((permissions.scopes as string[] | undefined) ?? []).map(String),
  };
}
