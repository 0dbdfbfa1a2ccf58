/**
 * "Export CSV" on the escalations queue: asks the server for the export page after page (each call bounded,
 * well inside the resolver's 25 s), then saves one UTF-8 file with a BOM, so that Excel reads the accents.
 */
import { useState } from 'react';
import { isError, type ExportPage, type ResolverError } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { useLocale, useT } from '../../common/i18n';

/** A guard against a server that never says done. */
const MAX_PAGES = 10_000;
const BOM = '\uFEFF';

export type SaveFile = (name: string, blob: Blob) => void;

/** Saves through a temporary link (the browser's download). */
export const saveWithLink: SaveFile = (name, blob) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export function ExportCsv({ save = saveWithLink, today }: { save?: SaveFile; today: () => string }) {
  const t = useT();
  const bridge = useBridge();
  const { locale } = useLocale();
  const [rows, setRows] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ResolverError['error'] | null>(null);

  async function run() {
    setRunning(true);
    setError(null);
    setRows(0);
    const chunks: string[] = [BOM];
    let cursor: string | null = null;
    let count = 0;
    for (let i = 0; i < MAX_PAGES; i++) {
      const r: ExportPage | ResolverError = await bridge.invoke('exportEscalations', { cursor, locale });
      if (isError(r)) {
        setError(r.error);
        setRunning(false);
        return;
      }
      chunks.push(r.csv);
      count += r.rows;
      setRows(count);
      cursor = r.cursor;
      if (r.done) break;
    }
    save(`${t('queue.export.fileName')}-${today()}.csv`, new Blob(chunks, { type: 'text/csv;charset=utf-8' }));
    setRunning(false);
  }

  return (
    <div className="queue-export">
      <Button onClick={run} loading={running} data-testid="queue-export">
        {t('queue.export.button')}
      </Button>
      {rows !== null && !error && (
        <span aria-live="polite" data-testid="queue-export-status">
          {t(running ? 'queue.export.progress' : 'queue.export.done', { n: rows })}
        </span>
      )}
      {error && <ErrorBanner error={error} titleKey="queue.export.failed" testId="queue-export-error" />}
    </div>
  );
}
