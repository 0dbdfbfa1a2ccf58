/**
 * Per-operation scope checks, as the Forge gateway makes them before a product call reaches Jira:
 * an operation passes when the manifest declares all its classic scopes, or all its granular ones;
 * otherwise 401 with a scope message. Tables: `sandbox/data/` (Jira platform: extracted from the
 * public OpenAPI document; JSM: hand-written from the JSM REST reference; overrides: documented).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OperationScopes {
  classic: string[];
  granular: string[];
}

interface Table {
  source: string;
  operations: Record<string, OperationScopes>;
}

interface Compiled {
  operation: string;
  method: string;
  re: RegExp;
  /** Fewer path parameters wins: `/priority/search` before `/priority/{id}`. */
  params: number;
  scopes: OperationScopes;
}

const DATA = join(__dirname, '..', 'data');
export const SCOPE_TABLES = ['jira-platform-scopes.json', 'jsm-scopes.json', 'scope-overrides.json'] as const;

function compile(): Compiled[] {
  const merged = new Map<string, OperationScopes>();
  // Later tables win: the overrides fill operations the OpenAPI document lists with no scope.
  for (const file of SCOPE_TABLES) {
    const table = JSON.parse(readFileSync(join(DATA, file), 'utf8')) as Table;
    for (const [op, s] of Object.entries(table.operations))
      merged.set(op, { classic: s.classic, granular: s.granular });
  }
  return [...merged]
    .map(([operation, scopes]) => {
      const [method, template] = operation.split(' ') as [string, string];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      return {
        operation,
        method,
        re: new RegExp(`^${source}/?$`),
        params: (template.match(/\{/g) ?? []).length,
        scopes,
      };
    })
    .sort((a, b) => a.params - b.params || b.operation.length - a.operation.length);
}

let compiled: Compiled[] | undefined;

/** The documented operation a call matches (path without query string), or undefined when no table knows it. */
export function operationOf(method: string, path: string): { operation: string; scopes: OperationScopes } | undefined {
  compiled ??= compile();
  const m = method.toUpperCase();
  const hit = compiled.find((c) => c.method === m && c.re.test(path));
  return hit ? { operation: hit.operation, scopes: hit.scopes } : undefined;
}

export interface ScopeRefusal {
  /** 401 as the gateway answers; 500 when the sandbox's tables do not know the operation (a gap to fill). */
  status: 401 | 500;
  body: { code: number; message: string; detail: string };
}

/** The gateway's message for a call the app's scopes do not cover. */
export const SCOPE_MESSAGE = 'Unauthorized; scope does not match';

/** Undefined when the manifest's scopes allow the call; otherwise the refusal to answer. */
export function scopeRefusal(method: string, path: string, declared: readonly string[]): ScopeRefusal | undefined {
  const m = method.toUpperCase();
  const op = operationOf(m, path);
  if (!op) {
    const detail = `sandbox: ${m} ${path} is in no scope table (sandbox/data/): add the operation's documented scopes`;
    return { status: 500, body: { code: 500, message: detail, detail } };
  }
  const { classic, granular } = op.scopes;
  const has = (list: string[]) => list.length > 0 && list.every((s) => declared.includes(s));
  if (has(classic) || has(granular)) return undefined;
  const detail =
    classic.length === 0 && granular.length === 0
      ? `${op.operation} lists no OAuth scope: apps cannot call it`
      : `${op.operation} needs all of [${classic.join(', ')}] or all of [${granular.join(', ')}]; manifest.yml declares [${declared.join(', ')}]`;
  return { status: 401, body: { code: 401, message: SCOPE_MESSAGE, detail } };
}
