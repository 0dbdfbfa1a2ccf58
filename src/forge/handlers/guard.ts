import { getAppContext } from '@forge/api';
import type { ResolverError } from '../../contract';
import type { Lang } from '../../i18n/translate';
import { isRefusal, isTransient } from '../../ports';
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
 * answer, UNAVAILABLE. Jira refusing a call is a typed answer too: 401/403 FORBIDDEN, 404 and 400
 * (a request or search Jira will not answer, e.g. a key it rejects) NOT_FOUND, logged. Anything
 * else is a bug or an outage: logged with the invocation id and rethrown so that Forge records a
 * failed invocation.
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
    if (isRefusal(e)) {
      console.warn(`[escalade] ${name}: Jira refused (${e.message}) invocation=${invocationId()}`);
      return errorOf(e.status === 401 || e.status === 403 ? 'FORBIDDEN' : 'NOT_FOUND', lang);
    }
    console.error(`[escalade] ${name} failed invocation=${invocationId()}`, e);
    throw e;
  }
}
