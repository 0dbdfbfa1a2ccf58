/** For Jira admins, in the gadget's edit mode: rebuild the analytics from the records, batch after batch. */
import { useState } from 'react';
import { isError, type RebuildStatsResult, type ResolverError } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { useLocale, useT } from '../../common/i18n';

/**
 * Each call is one bounded run on the server (≤ 15 s, inside the resolver's 25 s); a safety cap keeps a
 * misbehaving server from looping forever. The first call resumes a rebuild left unfinished (the page was closed,
 * a call failed) or starts a new one; the next ones go on from the cursor the server saved.
 */
const MAX_CALLS = 1000;

export function RebuildStats() {
  const t = useT();
  const bridge = useBridge();
  const { locale } = useLocale();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<RebuildStatsResult | null>(null);
  const [error, setError] = useState<ResolverError['error'] | null>(null);

  async function run() {
    setRunning(true);
    setError(null);
    for (let i = 0; i < MAX_CALLS; i++) {
      const r = await bridge.invoke('rebuildStats', i === 0 ? { resume: true, locale } : { locale });
      if (isError(r)) {
        setError(r.error);
        break;
      }
      setProgress(r);
      if (r.done) break;
    }
    setRunning(false);
  }

  return (
    <section className="esc-stack" data-testid="rebuild">
      <h2 className="gadget-subtitle">{t('gadget.rebuild.title')}</h2>
      <p className="esc-muted">{t('gadget.rebuild.hint')}</p>
      <Button onClick={run} loading={running} data-testid="rebuild-run">
        {t('gadget.rebuild.run')}
      </Button>
      {progress && (
        <p aria-live="polite" data-testid="rebuild-progress">
          {t(progress.done ? 'gadget.rebuild.done' : 'gadget.rebuild.progress', { n: progress.records })}
        </p>
      )}
      {error && <ErrorBanner error={error} titleKey="gadget.rebuild.failed" testId="rebuild-error" />}
    </section>
  );
}
