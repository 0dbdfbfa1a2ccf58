/** The limits and checks the Forge KVS applies to keys, values, batches and TTLs, as wire errors. */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const KEY_RE = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_BATCH = 25;
export const DEFAULT_QUERY_LIMIT = 10;
const TTL_UNIT_MS: Record<string, number> = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };

export function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0)
    throw new KvsError(400, 'KEY_TOO_SHORT', 'The provided key needs to be more than one character');
  if (key.length > 500)
    throw new KvsError(400, 'KEY_TOO_LONG', 'The provided key has exceeded the maximum 500 characters');
  if (!KEY_RE.test(key))
    throw new KvsError(
      400,
      'INVALID_KEY',
      'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/',
    );
  return key;
}

export function ttlToExpiry(ttl: unknown, now: number): number | null {
  if (ttl === undefined || ttl === null) return null;
  const { value, unit } = ttl as { value?: unknown; unit?: unknown };
  const unitMs = TTL_UNIT_MS[String(unit)];
  if (typeof value !== 'number' || !(value > 0) || unitMs === undefined) {
    throw new KvsError(400, 'INVALID_TTL', 'ttl must be { value > 0, unit: SECONDS | MINUTES | HOURS | DAYS }');
  }
  return now + value * unitMs;
}
