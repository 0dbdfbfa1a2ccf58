import { getAppContext } from '@forge/api';
import type { ResolverError } from '../../contract';
import type { Lang } from '../../i18n/translate';
import { isTransient } from '../../ports';
import { errorOf } from './respond';

/** The invocation id for logs, when the runtime provides one (it always does on Forge). */
export function invocationId(): string {
  try {
    return getAppContext().invocationId;
  } catch {
    return 'unknown';
  }
}

/**
 * Runs a resolver body. Jira being busy (429/5xx after the client's retries) is an expected
 * answer, UNAVAILABLE; anything else is a bug or an outage: logged with the invocation id and
 * rethrown so that Forge records a failed invocation.
 */
export async function guard<T>(
  name: string,
  lang: Lang,
  body: () => Promise<T | ResolverError>,
): Promise<T | ResolverError> {
  try {
    return await body();
  } catch (e) {
    if (isTransient(e)) {
      console.warn(`[escalade] ${name}: Jira unavailable (${e.message}) invocation=${invocationId()}`);
      return errorOf('UNAVAILABLE', lang);
    }
    console.error(`[escalade] ${name} failed invocation=${invocationId()}`, e);
    throw e;
  }
}
