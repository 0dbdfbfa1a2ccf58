/**
 * The one home of the contexts the sandbox gives the app, as the platform builds them:
 * - `resolverContext`: a resolver function's `context` (Forge docs, custom-ui-resolver "Context"): no locale,
 *   timezone, moduleKey or siteUrl; the user's locale reaches a function only through the payload (i18n guide);
 * - `frameContext`: what a Custom UI's `view.getContext()` answers (custom-ui-bridge "getContext"): the same ids,
 *   plus the user's locale and timezone, the module key, the site URL and the theme;
 * - `triggerContext`: a product-event trigger's `context` (no user); `scheduledTriggerContext`: a scheduled
 *   trigger's, which also names the site (`cloudId`).
 */
import type { SandboxUser } from '../jira/types';
import type { AppManifest } from './manifest';
import { CLOUD_ID, ENVIRONMENT_ID } from './runtime';

export const INSTALL_CONTEXT = `ari:cloud:jira::site/${CLOUD_ID}`;

type Json = Record<string, unknown>;
type User = Pick<SandboxUser, 'accountId' | 'accountType'>;

/** What the resolver and the frame contexts share: who, which site and environment, which module instance. */
function shared(manifest: AppManifest, user: User, moduleKey: string, extension: Json) {
  return {
    accountId: user.accountId,
    accountType: user.accountType,
    cloudId: CLOUD_ID,
    localId: `${manifest.appId}/${ENVIRONMENT_ID}/static/${moduleKey}`,
    environmentId: ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    extension,
  };
}

export function resolverContext(manifest: AppManifest, user: User, moduleKey: string, extension: Json): Json {
  return { ...shared(manifest, user, moduleKey, extension), installContext: INSTALL_CONTEXT };
}

export function frameContext(
  manifest: AppManifest,
  siteUrl: string,
  user: SandboxUser,
  moduleKey: string,
  extension: Json,
  locale?: string,
): Json {
  return {
    ...shared(manifest, user, moduleKey, extension),
    locale: locale || user.locale,
    moduleKey,
    siteUrl,
    theme: { colorMode: 'light' },
    timezone: user.timezone,
  };
}

export function triggerContext(moduleKey: string): Json {
  return { installContext: INSTALL_CONTEXT, moduleKey, environmentId: ENVIRONMENT_ID, environmentType: 'DEVELOPMENT' };
}

export function scheduledTriggerContext(moduleKey: string): Json {
  return { cloudId: CLOUD_ID, ...triggerContext(moduleKey) };
}
