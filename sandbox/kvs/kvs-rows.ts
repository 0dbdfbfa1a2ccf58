/** How the sandbox KVS stores a row in SQLite and presents it on the wire. */
export type Json = Record<string, unknown>;

export interface Row {
  ns: string;
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expire_at: number | null;
}

/** Full representation: the package picks the metadata fields the caller asked for. */
export function present(row: Row, extra: Json = {}): Json {
  return {
    key: row.key,
    ...extra,
    value: JSON.parse(row.value),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.expire_at !== null ? { expireTime: new Date(row.expire_at).toISOString() } : {}),
  };
}

export function pick(row: Row, metadata: string[]): Json {
  const out: Json = { key: row.key, value: JSON.parse(row.value) };
  if (metadata.includes('CREATED_AT')) out.createdAt = row.created_at;
  if (metadata.includes('UPDATED_AT')) out.updatedAt = row.updated_at;
  if (metadata.includes('EXPIRE_TIME') && row.expire_at !== null)
    out.expireTime = new Date(row.expire_at).toISOString();
  return out;
}
