import type { Database } from 'better-sqlite3';
import type { SandboxClock } from '../clock';
import { batchDelete, batchGet, batchSet, transaction, type KvsResponse } from './kvs-batch';
import { matches, type Condition } from './kvs-conditions';
import { checkKey, DEFAULT_QUERY_LIMIT, KvsError } from './kvs-rules';
import { pick, present, type Json, type Row } from './kvs-rows';
import { KvsTable, nsOf } from './kvs-table';

export type { KvsResponse } from './kvs-batch';

/**
 * The Forge KVS wire protocol (`@forge/kvs` → `__forge_fetch__({ type: 'kvs' }, '/api/v1/…')`),
 * stored in SQLite. Errors use the body `{ code, message }` that `@forge/kvs` turns into a
 * `ForgeKvsAPIError` (`get` of a missing key → 404 KEY_NOT_FOUND, which the package maps to
 * `undefined`; `FAIL_IF_EXISTS` on an existing key → 409 KEY_ALREADY_EXISTS; a failed transaction
 * check → 409 CONDITIONAL_CHECK_FAILED). Expiry follows the sandbox clock. An expired key lingers for
 * `lingerMs` (readable, listed, and still "existing" for FAIL_IF_EXISTS) before it is gone, as Forge's
 * asynchronous deletion allows ("Deletion may take up to 48 hours. During this window, read operations may
 * still return expired results": runtime-reference/storage-api-basic-api, "Time-to-live").
 * Plain keys, secrets and custom entities live in separate namespaces of one table.
 */
export interface KvsOptions {
  /** How long an expired key stays readable and existing (0: gone at its expiry). */
  lingerMs?: number;
}

/** The longest the docs allow an expired key to linger: the sandbox's default. */
export const MAX_EXPIRED_LINGER_MS = 48 * 60 * 60 * 1000;

export class KvsStore {
  private readonly table: KvsTable;

  constructor(db: Database, clock: SandboxClock, options: KvsOptions = {}) {
    this.table = new KvsTable(db, clock, options.lingerMs ?? 0);
  }

  /** Removes everything (plain keys, secrets and entities). */
  wipe(): void {
    this.table.db.exec('DELETE FROM kvs_items');
  }

  /** Forge's asynchronous deletion catching up: every expired key is gone now, lingering or not. */
  deleteExpired(): number {
    return this.table.db
      .prepare('DELETE FROM kvs_items WHERE expire_at IS NOT NULL AND expire_at <= ?')
      .run(this.table.nowMs()).changes;
  }

  /** Handles one wire call; never throws. */
  handle(path: string, body: unknown): KvsResponse {
    try {
      return this.route(path.replace(/\?.*$/, ''), body);
    } catch (e) {
      if (e instanceof KvsError) return { status: e.status, body: { code: e.code, message: e.message } };
      return { status: 500, body: { code: 'INTERNAL_SERVER_ERROR', message: String((e as Error).message ?? e) } };
    }
  }

  private route(path: string, body: unknown): KvsResponse {
    const b = (body ?? {}) as Json;
    switch (path) {
      case '/api/v1/get':
        return this.get('kvs', b);
      case '/api/v1/secret/get':
        return this.get('secret', b);
      case '/api/v1/entity/get':
        return this.get('entity', b);
      case '/api/v1/set':
        return this.set('kvs', b);
      case '/api/v1/secret/set':
        return this.set('secret', b);
      case '/api/v1/entity/set':
        return this.set('entity', b);
      case '/api/v1/delete':
        return this.del('kvs', b);
      case '/api/v1/secret/delete':
        return this.del('secret', b);
      case '/api/v1/entity/delete':
        return this.del('entity', b);
      case '/api/v1/query':
        return this.query(b);
      case '/api/v1/batch/get':
        return batchGet(this.table, body);
      case '/api/v1/batch/set':
        return batchSet(this.table, body);
      case '/api/v1/batch/delete':
        return batchDelete(this.table, body);
      case '/api/v1/transaction':
        return transaction(this.table, b);
      default:
        throw new KvsError(404, 'NOT_FOUND', `The sandbox KVS does not implement ${path}`);
    }
  }

  // --- single operations -------------------------------------------------------------------

  private get(kind: 'kvs' | 'secret' | 'entity', b: Json): KvsResponse {
    const key = checkKey(b.key);
    const row = this.table.read(nsOf(kind, b.entityName), key);
    if (!row) throw new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
    return { status: 200, body: present(row, kind === 'entity' ? { entityName: b.entityName } : {}) };
  }

  private set(kind: 'kvs' | 'secret' | 'entity', b: Json): KvsResponse {
    const key = checkKey(b.key);
    const options = (b.options ?? {}) as Json;
    const ns = nsOf(kind, b.entityName);
    const run = this.table.db.transaction(() => this.table.write(ns, key, b.value, options));
    const { previous, latest } = run();
    if (options.returnValue === 'LATEST') return { status: 200, body: present(latest) };
    if (options.returnValue === 'PREVIOUS')
      return previous ? { status: 200, body: present(previous) } : { status: 204 };
    return { status: 204 };
  }

  private del(kind: 'kvs' | 'secret' | 'entity', b: Json): KvsResponse {
    const key = checkKey(b.key);
    this.table.remove(nsOf(kind, b.entityName), key);
    return { status: 204 };
  }

  private query(b: Json): KvsResponse {
    const limit = b.limit === undefined ? DEFAULT_QUERY_LIMIT : Number(b.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      throw new KvsError(400, 'LIST_QUERY_LIMIT_EXCEEDED', 'Limit for list query should be between 1 and 100');
    }
    const where = (b.where ?? []) as Condition[];
    if (!Array.isArray(where) || where.length > 1) {
      throw new KvsError(400, 'QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause');
    }
    const clause = where[0];
    if (clause && clause.property !== 'key') {
      throw new KvsError(400, 'QUERY_WHERE_FIELD_INVALID', 'The specified field is not supported for filters');
    }
    const after = typeof b.after === 'string' && b.after ? Buffer.from(b.after, 'base64url').toString('utf8') : null;
    const rows = this.table.db
      .prepare('SELECT * FROM kvs_items WHERE ns = ? AND (? IS NULL OR key > ?) ORDER BY key')
      .all('kvs', after, after) as Row[];
    const now = this.table.nowMs();
    const matching: Row[] = [];
    let more = false;
    for (const row of rows) {
      if (this.table.gone(row, now)) continue;
      if (clause && !matches(row.key, clause)) continue;
      if (matching.length === limit) {
        more = true;
        break;
      }
      matching.push(row);
    }
    const metadata = ((b.options as Json | undefined)?.metadataFields ?? []) as string[];
    const data = matching.map((r) => pick(r, metadata));
    const last = matching[matching.length - 1];
    return {
      status: 200,
      body: more && last ? { data, cursor: Buffer.from(last.key, 'utf8').toString('base64url') } : { data },
    };
  }
}
