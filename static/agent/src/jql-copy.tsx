/** The JQL of escalated requests with a copy button: Clipboard API, then a select-and-execCommand fallback. */
import { useRef, useState } from 'react';
import { Button } from '../../common/components/button';
import { useT } from '../../common/i18n';

async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Clipboard API refused (iframe permissions): fall through to the legacy path.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}

export function JqlCopy({ jql }: { jql: string }) {
  const t = useT();
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <section aria-labelledby="esc-jql-title" data-testid="jql">
      <h3 id="esc-jql-title">{t('agent.jql.title')}</h3>
      <div className="esc-jql">
        <input
          ref={field}
          className="esc-input esc-code"
          readOnly
          value={jql}
          aria-labelledby="esc-jql-title"
          data-testid="jql-text"
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button onClick={async () => setStatus((await copyText(jql, field.current)) ? 'copied' : 'failed')}>
          {t('agent.jql.copy')}
        </Button>
      </div>
      <p className="esc-muted" role="status" aria-live="polite" data-testid="jql-status">
        {status === 'copied' ? t('common.copied') : status === 'failed' ? t('common.copyFailed') : ''}
      </p>
    </section>
  );
}
