import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realDateNow } from '../clock';
import type { AttemptOutcome } from './event-queue';
import type { AppManifest, UiModule } from './manifest';
import type { Invocation, InvokeRequest, JiraBackend } from './types';

/** A bad invoke request (unknown module, function or account): HTTP 400, not a crash of the app. */
export class InvokeRequestError extends Error {}

/** A new invocation record: what the host's call log and time limits hang on. */
export const newInvocation = (moduleKey: string, limitMs: number, accountId?: string): Invocation => ({
  invocationId: randomUUID(),
  moduleKey,
  ...(accountId ? { accountId } : {}),
  startedAt: realDateNow(),
  limitMs,
});

/** The module and user an invoke request names, or an InvokeRequestError saying what is wrong with it. */
export function checkInvokeRequest(manifest: AppManifest, jira: JiraBackend, req: InvokeRequest) {
  if (!req || typeof req !== 'object')
    throw new InvokeRequestError('invoke needs { moduleKey, functionKey, accountId }');
  const module = manifest.modules.get(req.moduleKey);
  if (!module) throw new InvokeRequestError(`unknown moduleKey "${String(req.moduleKey)}"`);
  if (!module.resolverFunction) throw new InvokeRequestError(`module "${req.moduleKey}" has no resolver`);
  if (typeof req.functionKey !== 'string' || req.functionKey === '')
    throw new InvokeRequestError('functionKey must be a non-empty string');
  const user = jira.users().find((u) => u.accountId === req.accountId);
  if (!user) throw new InvokeRequestError(`unknown accountId "${String(req.accountId)}"`);
  return { module: module as UiModule & { resolverFunction: string }, user };
}

/**
 * What a product event trigger's return value asks of the platform. An InvocationError from @forge/events
 * serialises to `{ _retry: true, retryOptions: { retryAfter, retryReason, retryData } }`: a retry; anything else: done.
 */
export function triggerOutcome(result: unknown): AttemptOutcome {
  if (!result || typeof result !== 'object' || !('_retry' in result || 'retryOptions' in result))
    return { kind: 'done' };
  const options = ((result as { retryOptions?: Record<string, unknown> }).retryOptions ?? {}) as Record<
    string,
    unknown
  >;
  return {
    kind: 'retry',
    retryAfterSeconds: typeof options.retryAfter === 'number' ? options.retryAfter : 1,
    reason: `InvocationError ${JSON.stringify(options)}`,
    retryData: options.retryData,
  };
}

/** `@forge/api`'s backend i18n reads `<appCodeDir>/__LOCALES__/`: a temporary folder with the manifest's locale files. */
export function prepareLocales(manifest: AppManifest, root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'escalade-sandbox-'));
  const locales = join(dir, '__LOCALES__');
  mkdirSync(locales);
  for (const t of manifest.translations) {
    const src = join(root, t.path);
    if (existsSync(src)) copyFileSync(src, join(locales, `${t.key}.json`));
  }
  const config = { locales: manifest.translations.map((t) => t.key), fallback: { default: manifest.fallbackLocale } };
  writeFileSync(join(locales, 'i18n-info.json'), JSON.stringify({ config }));
  return dir;
}
