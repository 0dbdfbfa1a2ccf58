/** Response helpers with Jira's error shape `{ errorMessages, errors }`. */
import type { RestResponse } from './types';

export const ok = (body: unknown, status = 200): RestResponse => ({ status, body });
export const noContent = (): RestResponse => ({ status: 204 });

export function error(status: number, messages: string[] | string, errors: Record<string, string> = {}): RestResponse {
  return { status, body: { errorMessages: Array.isArray(messages) ? messages : [messages], errors } };
}

export const unauthorized = (): RestResponse =>
  error(401, 'You are not authenticated. Authentication required to perform this operation.');
export const issueNotFound = (): RestResponse =>
  error(404, 'Issue does not exist or you do not have permission to see it.');
export const forbidden = (message = 'You do not have permission to perform this operation.'): RestResponse =>
  error(403, message);

/** JSM's servicedeskapi uses a different error shape: `{ errorMessage, i18nErrorMessage }`. */
export function sdError(status: number, message: string): RestResponse {
  return { status, body: { errorMessage: message, i18nErrorMessage: { i18nKey: 'sd.error', parameters: [] } } };
}
export const requestNotFound = (): RestResponse =>
  sdError(404, 'The request either does not exist or you do not have permission to view it.');

/** Jira's date-time format: `2026-11-28T10:15:00.000+0000`. */
export function jiraTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** JSM's date object: `{ iso8601, jira, friendly, epochMillis }`. */
export function sdDate(ms: number): { iso8601: string; jira: string; friendly: string; epochMillis: number } {
  const iso = jiraTime(ms);
  const d = new Date(ms);
  const friendly = d.toLocaleString('en-GB', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return { iso8601: iso, jira: iso, friendly, epochMillis: ms };
}
