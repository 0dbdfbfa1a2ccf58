/** Shows a resolver error `{ code, message, fields }` in plain words, in the user's language. */
import type { ResolverError } from '../../../src/contract';
import { useT } from '../i18n';
import { Banner } from './banner';

/** Is `code` one the UI words itself (common.error.*)? Otherwise the server's translated message is shown. */
function knownCode(t: (key: string) => string, code: string): boolean {
  return t(`common.error.${code}`) !== `common.error.${code}`;
}

/** `scope` (e.g. "agent") names a set of messages, `<scope>.error.<code>`, tried before the common ones. */
export function errorText(t: (key: string) => string, code: string, scope?: string): string {
  const own = scope ? t(`${scope}.error.${code}`) : '';
  if (scope && own !== `${scope}.error.${code}`) return own;
  return knownCode(t, code) ? t(`common.error.${code}`) : t('common.error.UNKNOWN');
}

/** A refusal (no access, gone, bad input) is not fixed by trying again: no "Réessayer" button for those. */
export function isRetryable(code: string): boolean {
  return code === 'UNAVAILABLE' || code === 'CONFLICT' || code === 'UNKNOWN' || code === 'INTERNAL';
}

/** One refusal, one message: "no access" replaces the screen's "could not be loaded" lead instead of following it. */
export function isRefusal(code: string): boolean {
  return code === 'FORBIDDEN' || code === 'NOT_FOUND';
}

export function ErrorBanner({
  error,
  titleKey,
  testId = 'error-banner',
  calm = false,
  fieldLabels = {},
  scope,
}: {
  error: ResolverError['error'];
  /** Optional heading, e.g. "The request could not be escalated". */
  titleKey?: string;
  testId?: string;
  /** Load errors use a neutral look: nothing the user did caused them. */
  calm?: boolean;
  /** Human labels for field paths, e.g. { details: 'Details' }. */
  fieldLabels?: Record<string, string>;
  /** Messages of one audience first (see errorText): "agent" in Jira. */
  scope?: string;
}) {
  const t = useT();
  const plain = errorText(t, error.code, scope);
  return (
    <Banner
      appearance={calm ? 'neutral' : 'error'}
      title={titleKey ? t(titleKey) : undefined}
      testId={testId}
      role="alert"
    >
      <p data-error-code={error.code}>{plain}</p>
      {error.fields && error.fields.length > 0 ? (
        <ul className="esc-field-errors">
          {error.fields.map((f) => (
            <li key={`${f.path}:${f.message}`}>
              {fieldLabels[f.path] ? `${fieldLabels[f.path]}${t('common.colon')}` : ''}
              {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      {/* One message per state: the server's own words only when the UI has none for this code. */}
      {error.message && !knownCode(t, error.code) && error.message !== plain && !error.fields?.length ? (
        <p className="esc-muted">{error.message}</p>
      ) : null}
    </Banner>
  );
}
