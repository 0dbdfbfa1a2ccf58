import { INVOCATION_LIMIT_MS } from '../../src/forge/invocation-limits';
import { realDateNow } from '../clock';
import type { AppManifest } from './manifest';
import type { Invocation } from './types';

export const ENVIRONMENT_ID = 'sandbox-environment';
export const INSTALLATION_ID = 'sandbox-installation';

let installs = 0;
/**
 * A new installation id, unique in this process. The sandbox's reset is a reinstall of the app: the app's
 * warm-container caches are keyed by installation, so they start cold, as after a real reinstall.
 */
export const nextInstallationId = (): string => `${INSTALLATION_ID}-${++installs}`;
export const CLOUD_ID = 'sandbox-cloud';

/**
 * The object `@forge/api` reads as `global.__forge_runtime__`. Its per-invocation parts
 * (`appContext.invocationId`, `moduleKey`, the remaining time) are getters over the current
 * invocation, so that concurrent invocations each see their own.
 */
export function buildRuntime(
  manifest: AppManifest,
  current: () => Invocation | undefined,
  appCodeDir: string,
  installationId: () => string,
): Record<string, unknown> {
  const noop = (): void => undefined;
  const timer = { stop: noop };
  const metric = { incr: noop, decr: noop, gauge: noop, set: noop, measure: () => timer, stop: noop };
  const metrics = { counter: () => metric, timing: () => metric, gauge: () => metric, histogram: () => metric };
  return {
    get appContext() {
      const inv = current();
      return {
        appId: manifest.appId,
        appVersion: '1.0.0',
        environmentId: ENVIRONMENT_ID,
        environmentType: 'DEVELOPMENT',
        invocationId: inv?.invocationId ?? 'outside-invocation',
        installationId: installationId(),
        moduleKey: inv?.moduleKey ?? '',
        license: undefined,
        installation: undefined,
        permissions: { scopes: manifest.scopes, external: {} },
      };
    },
    get lambdaContext() {
      const inv = current();
      return {
        // Real time, from the invocation's start: the sandbox clock may jump, a lambda's budget does not.
        getRemainingTimeInMillis: () =>
          inv ? Math.max(0, inv.startedAt + inv.limitMs - realDateNow()) : INVOCATION_LIMIT_MS.resolver,
      };
    },
    metrics,
    // Where @forge/api's backend i18n looks for `__LOCALES__/` (the host copies the locale files there).
    container: { appCodeDir },
    tracing: { traceId: 'sandbox-trace', spanId: 'sandbox-span' },
    proxy: { token: 'sandbox', url: 'http://sandbox.invalid' },
  };
}
