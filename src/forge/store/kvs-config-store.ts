import { kvs } from '@forge/kvs';
import { DEFAULT_CONFIG } from '../../domain/config/defaults';
import { migrateConfig } from '../../domain/config/parse';
import type { Config } from '../../domain/config/schema';
import { refusal, success } from '../../domain/outcome';
import type { SaveConfigResult, StoredConfig } from '../../ports';
import { LockTimeoutError } from './kvs-errors';
import type { createLocks } from './kvs-lock';
import { STORE_KEYS } from './kvs-keys';

interface StoredEnvelope {
  config: unknown;
  version: number;
}

/** Another save came first (or holds the lock): the editor reloads before overwriting. */
const CONFLICT = refusal({ code: 'CONFLICT' as const });

/**
 * The stored configuration: read (migrated from an older schema; the defaults when unreadable) and saved with
 * compare-and-set on its version, under the config lock.
 */
export function configStore(withLock: ReturnType<typeof createLocks>) {
  async function getConfig(): Promise<StoredConfig> {
    const stored = await kvs.get<StoredEnvelope>(STORE_KEYS.config);
    if (!stored) return { config: DEFAULT_CONFIG, version: 0 };
    const migrated = migrateConfig(stored.config);
    if (migrated.ok) return { config: migrated.value, version: stored.version };
    // Unreadable stored config: run on the defaults, keep the version so the admin can overwrite it.
    console.warn(
      'Stored configuration is invalid; using the defaults',
      migrated.errors.map((e) => e.path),
    );
    return { config: DEFAULT_CONFIG, version: stored.version };
  }

  async function saveConfig(config: Config, expectedVersion: number): Promise<SaveConfigResult> {
    try {
      return await withLock(STORE_KEYS.configLock, async () => {
        const current = (await kvs.get<StoredEnvelope>(STORE_KEYS.config))?.version ?? 0;
        if (current !== expectedVersion) return CONFLICT;
        const version = current + 1;
        await kvs.set<StoredEnvelope>(STORE_KEYS.config, { config, version });
        return success({ version });
      });
    } catch (e) {
      // Another admin is saving right now: theirs wins, this one is stale.
      if (e instanceof LockTimeoutError) return CONFLICT;
      throw e;
    }
  }

  return { getConfig, saveConfig };
}
