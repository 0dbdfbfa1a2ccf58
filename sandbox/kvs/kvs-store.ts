import type { Database } from 'better-sqlite3';
import type { SandboxClock } from '../clock';
import { conditionsHold, matches, type Condition } from './kvs-conditions';
import { checkKey, DEFAULT_QUERY_LIMIT, KvsError, MAX_BATCH, MAX_VALUE_BYTES, ttlToExpiry } from './kvs-rules';
import { pick, present, type Json, type Row } from './kvs-rows';

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
export interface KvsResponse {
  status: number;
  body?: unknown;
}

const nsOf = (kind: 'kvs' | 'secret' | 'entity', entityName?: unknown): string =>
  kind === 'entity' ? `entity:${String(entityName ?? '')}` : kind;

export interface KvsOptions {
  /** How long an expired key stays readable and existing (0: gone at its expiry). */
  lingerMs?: number;
}

/** The longest the docs allow an expired key to linger: the sandbox's default. */
export const MAX_EXPIRED_LINGER_MS = 48 * 60 * 60 * 1000;

export class KvsStore {
  private readonly lingerMs: number;

  constructor(
    private readonly db: Database,
    private readonly clock: SandboxClock,
    options: KvsOptions = {},
  ) {
    this.lingerMs = options.lingerMs ?? 0;
    db.exec(`CREATE TABLE IF NOT EXISTS kvs_items (
      ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expire_at INTEGER,
      PRIMARY KEY (ns, key))`);
  }

  /** Removes everything (plain keys, secrets and entities). */
  wipe(): void {
    this.db.exec('DELETE FROM kvs_items');
  }

  /** Forge's asynchronous deletion catching up: every expired key is gone now, lingering or not. */
  deleteExpired(): number {
    return this.db
      .prepare('DELETE FROM kvs_items WHERE expire_at IS NOT NULL AND expire_at <= ?')
      .run(this.clock.nowMs()).changes;
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
        return this.batchGet(body);
      case '/api/v1/batch/set':
        return this.batchSet(body);
      case '/api/v1/batch/delete':
        return this.batchDelete(body);
      case '/api/v1/transaction':
        return this.transaction(b);
      default:
        throw new KvsError(404, 'NOT_FOUND', `The sandbox KVS does not implement ${path}`);
    }
  }

  // --- single operations -------------------------------------------------------------------

  private get(kind: 'kvs' | 'secret' | 'entity', b: Json): KvsResponse {
    const key = checkKey(b.key);
    const row = this.read(nsOf(kind, b.entityName), key);
    if (!row) throw new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
    return { status: 200, body: present(row, kind === 'entity' ? { entityName: b.entityName } : {}) };
  }

  private set(kind: 'kvs' | 'secret' | 'entity', b: Json): KvsResponse {
    const key = checkKey(b.key);
    const options = (b.options ?? {}) as Json;
    const ns = nsOf(kind, b.entityName);
    const run = this.db.transaction(() => this.write(ns, key, b.value, options));
    const { previous, latest } = run();
    if (options.returnValue === 'LATEST') return { status: 200, body: present(latest) };
    if (options.returnValue === 'PREVIOUS')
      return previous ? { status: 200, body: present(previous) } : { status: 204 };
    return { status: 204 };
  }

  private del(kind: 'kvs' | 'secret' | 'entity', b: Json): KvsResponse {
    const key = checkKey(b.key);
    this.db.prepare('DELETE FROM kvs_items WHERE ns = ? AND key = ?').run(nsOf(kind, b.entityName), key);
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
    const rows = this.db
      .prepare('SELECT * FROM kvs_items WHERE ns = ? AND (? IS NULL OR key > ?) ORDER BY key')
      .all('kvs', after, after) as Row[];
    const now = this.clock.nowMs();
    const matching: Row[] = [];
    let more = false;
    for (const row of rows) {
      if (this.gone(row, now)) continue;
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

  // --- batches -------------------------------------------------------------------------------

  private batchItems(body: unknown): Json[] {
    if (!Array.isArray(body) || body.length === 0)
      throw new KvsError(400, 'BAD_REQUEST', 'A batch is a non-empty array');
    if (body.length > MAX_BATCH)
      throw new KvsError(400, 'BATCH_SIZE_EXCEEDED', `A batch holds at most ${MAX_BATCH} items`);
    return body as Json[];
  }

  private batchGet(body: unknown): KvsResponse {
    const successfulKeys: Json[] = [];
    const failedKeys: Json[] = [];
    for (const item of this.batchItems(body)) {
      const ns = item.entityName ? nsOf('entity', item.entityName) : 'kvs';
      const extra = item.entityName ? { entityName: item.entityName } : {};
      const row = typeof item.key === 'string' ? this.read(ns, item.key) : undefined;
      if (row) successfulKeys.push(present(row, extra));
      else
        failedKeys.push({
          key: item.key,
          ...extra,
          error: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' },
        });
    }
    return { status: 200, body: { successfulKeys, failedKeys } };
  }

  private batchSet(body: unknown): KvsResponse {
    const successfulKeys: Json[] = [];
    const failedKeys: Json[] = [];
    for (const item of this.batchItems(body)) {
      const extra = item.entityName ? { entityName: item.entityName } : {};
      try {
        const key = checkKey(item.key);
        const ns = item.entityName ? nsOf('entity', item.entityName) : 'kvs';
        this.db.transaction(() => this.write(ns, key, item.value, (item.options ?? {}) as Json))();
        successfulKeys.push({ key, ...extra });
      } catch (e) {
        if (!(e instanceof KvsError)) throw e;
        failedKeys.push({ key: item.key, ...extra, error: { code: e.code, message: e.message } });
      }
    }
    return { status: 200, body: { successfulKeys, failedKeys } };
  }

  private batchDelete(body: unknown): KvsResponse {
    const successfulKeys: Json[] = [];
    const failedKeys: Json[] = [];
    for (const item of this.batchItems(body)) {
      const extra = item.entityName ? { entityName: item.entityName } : {};
      try {
        const key = checkKey(item.key);
        const ns = item.entityName ? nsOf('entity', item.entityName) : 'kvs';
        this.db.prepare('DELETE FROM kvs_items WHERE ns = ? AND key = ?').run(ns, key);
        successfulKeys.push({ key, ...extra });
      } catch (e) {
        if (!(e instanceof KvsError)) throw e;
        failedKeys.push({ key: item.key, ...extra, error: { code: e.code, message: e.message } });
      }
    }
    return { status: 200, body: { successfulKeys, failedKeys } };
  }

  // --- transactions --------------------------------------------------------------------------

  private transaction(b: Json): KvsResponse {
    const sets = (b.set ?? []) as Json[];
    const deletes = (b.delete ?? []) as Json[];
    const checks = (b.check ?? []) as Json[];
    const total = sets.length + deletes.length + checks.length;
    if (total === 0) throw new KvsError(400, 'BAD_REQUEST', 'A transaction needs at least one operation');
    if (total > MAX_BATCH)
      throw new KvsError(400, 'TRANSACTION_SIZE_EXCEEDED', `A transaction holds at most ${MAX_BATCH} operations`);
    const seen = new Set<string>();
    for (const op of [...sets, ...deletes, ...checks]) {
      const id = `${String(op.entityName ?? '')}\u0000${checkKey(op.key)}`;
      if (seen.has(id)) throw new KvsError(400, 'DUPLICATE_KEYS', 'Each key can only be used once in a transaction');
      seen.add(id);
    }
    const nsFor = (op: Json): string => (op.entityName ? nsOf('entity', op.entityName) : 'kvs');
    // All checks and conditions are evaluated, then all writes applied, in one SQLite transaction.
    const run = this.db.transaction(() => {
      for (const op of [...checks, ...sets, ...deletes]) {
        if (op.conditions === undefined) continue;
        const row = this.read(nsFor(op), String(op.key));
        if (!conditionsHold(row ? JSON.parse(row.value) : undefined, op.conditions as Json)) {
          throw new KvsError(409, 'CONDITIONAL_CHECK_FAILED', `The condition on key "${String(op.key)}" was not met`);
        }
      }
      for (const op of sets) this.write(nsFor(op), String(op.key), op.value, (op.options ?? {}) as Json);
      for (const op of deletes)
        this.db.prepare('DELETE FROM kvs_items WHERE ns = ? AND key = ?').run(nsFor(op), String(op.key));
    });
    run();
    return { status: 204 };
  }

  // --- storage helpers -----------------------------------------------------------------------

  /** Expired and past its lingering: deleted for good. */
  private gone(row: Row, now: number): boolean {
    return row.expire_at !== null && row.expire_at + this.lingerMs <= now;
  }

  /** The row, or undefined when absent or gone (an expired row is still returned while it lingers). */
  private read(ns: string, key: string): Row | undefined {
    const row = this.db.prepare('SELECT * FROM kvs_items WHERE ns = ? AND key = ?').get(ns, key) as Row | undefined;
    if (row && this.gone(row, this.clock.nowMs())) {
      this.db.prepare('DELETE FROM kvs_items WHERE ns = ? AND key = ?').run(ns, key);
      return undefined;
    }
    return row;
  }

  /** Must run inside a SQLite transaction, so that FAIL_IF_EXISTS is atomic. */
  private write(ns: string, key: string, value: unknown, options: Json): { previous?: Row; latest: Row } {
    if (value === undefined) throw new KvsError(400, 'BAD_REQUEST', 'A value is required');
    const text = JSON.stringify(value);
    if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) {
      throw new KvsError(400, 'MAX_SIZE', 'The provided value has exceeded the maximum size limit');
    }
    if (options.returnValue !== undefined && options.keyPolicy !== 'OVERRIDE') {
      throw new KvsError(400, 'BAD_REQUEST', 'returnValue requires keyPolicy OVERRIDE');
    }
    const previous = this.read(ns, key);
    if (previous && options.keyPolicy === 'FAIL_IF_EXISTS') {
      throw new KvsError(409, 'KEY_ALREADY_EXISTS', 'The key already exists');
    }
    const now = this.clock.nowMs();
    const expireAt = ttlToExpiry(options.ttl, now);
    const latest: Row = {
      ns,
      key,
      value: text,
      created_at: previous ? previous.created_at : now,
      updated_at: now,
      expire_at: expireAt,
    };
    this.db
      .prepare(
        'INSERT OR REPLACE INTO kvs_items (ns, key, value, created_at, updated_at, expire_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(ns, key, text, latest.created_at, latest.updated_at, latest.expire_at);
    return { previous, latest };
  }
}
