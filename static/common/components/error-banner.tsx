/** Shows a resolver error `{ code, message, fields }` in plain words, in the user's language. */
import type { ResolverError } from '../../../src/contract';
import { useT } from '../i18n';
import { Banner } from './banner';

export function errorText(t: (key: string) => string, code: string): string {
  const text = t(`common.error.${code}`);
  return text === `common.error.${code}` ? t('common.error.UNKNOWN') : text;
}

export function ErrorBanner({
  error,
  titleKey,
  testId = 'error-banner',
  calm = false,
  fieldLabels = {},
}: {
  error: ResolverError['error'];
  /** Optional heading, e.g. "The request could not be escalated". */
  titleKey?: string;
  testId?: string;
  /** Load errors use a neutral look: nothing the user did caused them. */
  calm?: boolean;
  /** Human labels for field paths, e.g. { details: 'Details' }. */
  fieldLabels?: Record<string, string>;
}) {
  const t = useT();
  const plain = errorText(t, error.code);
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
              {fieldLabels[f.path] ? `${fieldLabels[f.path]} : ` : ''}
              {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      {error.message && error.message !== plain && !error.fields?.length ? (
        <p className="esc-muted">{error.message}</p>
      ) : null}
    </Banner>
  );
}
