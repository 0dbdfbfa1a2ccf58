import type { Database } from 'better-sqlite3';
import type { SandboxClock } from '../clock';
import { KvsError, MAX_VALUE_BYTES, ttlToExpiry } from './kvs-rules';
import type { Json, Row } from './kvs-rows';

/** The namespace of a plain key, a secret or a custom entity's key: one table holds all three. */
export const nsOf = (kind: 'kvs' | 'secret' | 'entity', entityName?: unknown): string =>
  kind === 'entity' ? `entity:${String(entityName ?? '')}` : kind;

/** The namespace of a batch or transaction item: an entity's when it names one, plain keys' otherwise. */
export const nsOfItem = (item: Json): string => (item.entityName ? nsOf('entity', item.entityName) : 'kvs');

/**
 * The SQLite table behind the sandbox KVS: reads that honour expiry and lingering, and checked writes.
 * An expired key lingers for `lingerMs` (readable, listed, and still "existing" for FAIL_IF_EXISTS).
 */
export class KvsTable {
  constructor(
    readonly db: Database,
    private readonly clock: SandboxClock,
    private readonly lingerMs: number,
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS kvs_items (
      ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expire_at INTEGER,
      PRIMARY KEY (ns, key))`);
  }

  nowMs(): number {
    return this.clock.nowMs();
  }

  remove(ns: string, key: string): void {
    this.db.prepare('DELETE FROM kvs_items WHERE ns = ? AND key = ?').run(ns, key);
  }

  /** Expired and past its lingering: deleted for good. */
  gone(row: Row, now: number): boolean {
    return row.expire_at !== null && row.expire_at + this.lingerMs <= now;
  }

  /** The row, or undefined when absent or gone (an expired row is still returned while it lingers). */
  read(ns: string, key: string): Row | undefined {
    const row = this.db.prepare('SELECT * FROM kvs_items WHERE ns = ? AND key = ?').get(ns, key) as Row | undefined;
    if (row && this.gone(row, this.nowMs())) {
      this.remove(ns, key);
      return undefined;
    }
    return row;
  }

  /** Must run inside a SQLite transaction, so that FAIL_IF_EXISTS is atomic. */
  write(ns: string, key: string, value: unknown, options: Json): { previous?: Row; latest: Row } {
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
    const now = this.nowMs();
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
