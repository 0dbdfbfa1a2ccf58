import { conditionsHold } from './kvs-conditions';
import { checkKey, KvsError, MAX_BATCH } from './kvs-rules';
import { present, type Json } from './kvs-rows';
import { nsOfItem, type KvsTable } from './kvs-table';

/**
 * Batches (`/api/v1/batch/*`) and transactions (`/api/v1/transaction`) of the sandbox KVS. A batch answers per
 * item (`successfulKeys`, `failedKeys`); a transaction applies all or nothing, after every check and condition.
 */
export interface KvsResponse {
  status: number;
  body?: unknown;
}

function batchItems(body: unknown): Json[] {
  if (!Array.isArray(body) || body.length === 0) throw new KvsError(400, 'BAD_REQUEST', 'A batch is a non-empty array');
  if (body.length > MAX_BATCH)
    throw new KvsError(400, 'BATCH_SIZE_EXCEEDED', `A batch holds at most ${MAX_BATCH} items`);
  return body as Json[];
}

const extraOf = (item: Json): Json => (item.entityName ? { entityName: item.entityName } : {});

/** Runs `apply` on each item of a batch; an item it refuses with a KvsError is listed as failed, not fatal. */
function eachItem(body: unknown, apply: (item: Json, key: string) => Json): KvsResponse {
  const successfulKeys: Json[] = [];
  const failedKeys: Json[] = [];
  for (const item of batchItems(body)) {
    try {
      successfulKeys.push(apply(item, checkKey(item.key)));
    } catch (e) {
      if (!(e instanceof KvsError)) throw e;
      failedKeys.push({ key: item.key, ...extraOf(item), error: { code: e.code, message: e.message } });
    }
  }
  return { status: 200, body: { successfulKeys, failedKeys } };
}

export function batchGet(table: KvsTable, body: unknown): KvsResponse {
  return eachItem(body, (item, key) => {
    const row = table.read(nsOfItem(item), key);
    if (!row) throw new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
    return present(row, extraOf(item));
  });
}

export function batchSet(table: KvsTable, body: unknown): KvsResponse {
  return eachItem(body, (item, key) => {
    table.db.transaction(() => table.write(nsOfItem(item), key, item.value, (item.options ?? {}) as Json))();
    return { key, ...extraOf(item) };
  });
}

export function batchDelete(table: KvsTable, body: unknown): KvsResponse {
  return eachItem(body, (item, key) => {
    table.remove(nsOfItem(item), key);
    return { key, ...extraOf(item) };
  });
}

/** Sizes and duplicate keys are refused before anything runs. */
function checkTransaction(ops: Json[]): void {
  if (ops.length === 0) throw new KvsError(400, 'BAD_REQUEST', 'A transaction needs at least one operation');
  if (ops.length > MAX_BATCH)
    throw new KvsError(400, 'TRANSACTION_SIZE_EXCEEDED', `A transaction holds at most ${MAX_BATCH} operations`);
  const seen = new Set<string>();
  for (const op of ops) {
    const id = `${String(op.entityName ?? '')}\u0000${checkKey(op.key)}`;
    if (seen.has(id)) throw new KvsError(400, 'DUPLICATE_KEYS', 'Each key can only be used once in a transaction');
    seen.add(id);
  }
}

export function transaction(table: KvsTable, b: Json): KvsResponse {
  const sets = (b.set ?? []) as Json[];
  const deletes = (b.delete ?? []) as Json[];
  const checks = (b.check ?? []) as Json[];
  checkTransaction([...sets, ...deletes, ...checks]);
  // All checks and conditions are evaluated, then all writes applied, in one SQLite transaction.
  table.db.transaction(() => {
    for (const op of [...checks, ...sets, ...deletes]) {
      if (op.conditions === undefined) continue;
      const row = table.read(nsOfItem(op), String(op.key));
      if (!conditionsHold(row ? JSON.parse(row.value) : undefined, op.conditions as Json)) {
        throw new KvsError(409, 'CONDITIONAL_CHECK_FAILED', `The condition on key "${String(op.key)}" was not met`);
      }
    }
    for (const op of sets) table.write(nsOfItem(op), String(op.key), op.value, (op.options ?? {}) as Json);
    for (const op of deletes) table.remove(nsOfItem(op), String(op.key));
  })();
  return { status: 204 };
}
