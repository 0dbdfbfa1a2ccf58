/** The sandbox's SQLite file and the few facts it keeps about itself (clock offset, last reset). */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { realDateNow, type SandboxClock } from './clock';

/** null = in-memory; otherwise `<dataDir>/sandbox.db` (relative to `root`), in WAL mode. */
export function openDatabase(root: string, dataDir: string | null): Database.Database {
  const db = dataDir === null ? new Database(':memory:') : openFile(resolve(root, dataDir));
  db.exec('CREATE TABLE IF NOT EXISTS sandbox_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)');
  return db;
}

function openFile(dir: string): Database.Database {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'sandbox.db'));
  db.pragma('journal_mode = WAL');
  return db;
}

const setMeta = (db: Database.Database, name: string, value: string): void => {
  db.prepare('INSERT OR REPLACE INTO sandbox_meta (name, value) VALUES (?, ?)').run(name, value);
};

/** A persisted clock keeps its offset from real time across restarts (a demo moved a week ahead stays there). */
export function restoredNow(db: Database.Database): Date | undefined {
  const row = db.prepare('SELECT value FROM sandbox_meta WHERE name = ?').get('clockOffsetMs') as
    { value: string } | undefined;
  if (!row) return process.env.SANDBOX_NOW ? new Date(process.env.SANDBOX_NOW) : undefined;
  return new Date(realDateNow() + Number(row.value));
}

export function saveClock(db: Database.Database, clock: SandboxClock): void {
  setMeta(db, 'clockOffsetMs', String(clock.nowMs() - realDateNow()));
}

export function markReset(db: Database.Database, clock: SandboxClock): void {
  setMeta(db, 'resetAt', clock.now().toISOString());
}

export function neverReset(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM sandbox_meta WHERE name = ?').get('resetAt') === undefined;
}
