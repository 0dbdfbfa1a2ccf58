/**
 * "Export CSV" on the escalations queue: asks the server for the export page after page (each call bounded,
 * well inside the resolver's 25 s), joins them in one UTF-8 file with a BOM (so that Excel reads the accents),
 * then offers it as a download link. The viewer's click on that link starts the download: Forge's Custom UI
 * iframe has `allow-downloads`, which "allows downloads to be started via a user gesture"
 * (platform/forge/custom-ui/iframe), and a click after many seconds of paging would no longer count as one.
 */
import { useEffect, useRef, useState } from 'react';
import { isError, type ExportPage, type ResolverError } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { useLocale, useT } from '../../common/i18n';

/** A guard against a server that never says done. */
const MAX_PAGES = 10_000;
const BOM = '\uFEFF';

/** Turns the file into a URL the link can download (a blob: URL in the browser; tests pass their own). */
export type FileUrl = { create: (blob: Blob) => string; revoke: (url: string) => void };
const blobUrls: FileUrl = { create: (b) => URL.createObjectURL(b), revoke: (u) => URL.revokeObjectURL(u) };

interface Props {
  today: () => string;
  fileUrl?: FileUrl;
}

export function ExportCsv({ today, fileUrl = blobUrls }: Props) {
  const t = useT();
  const bridge = useBridge();
  const { locale } = useLocale();
  const [rows, setRows] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ResolverError['error'] | null>(null);
  const [file, setFile] = useState<{ name: string; url: string } | null>(null);
  const urlRef = useRef<string | null>(null);
  const release = () => {
    if (urlRef.current) fileUrl.revoke(urlRef.current);
    urlRef.current = null;
  };
  // The last file's URL is released when the queue page goes away.
  useEffect(() => release, []);

  async function run() {
    release();
    setFile(null);
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
    urlRef.current = fileUrl.create(new Blob(chunks, { type: 'text/csv;charset=utf-8' }));
    setFile({ name: `${t('queue.export.fileName')}-${today()}.csv`, url: urlRef.current });
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
      {file && (
        <a className="queue-export-save" href={file.url} download={file.name} data-testid="queue-export-save">
          {t('queue.export.save', { name: file.name })}
        </a>
      )}
      {error && <ErrorBanner error={error} titleKey="queue.export.failed" testId="queue-export-error" />}
    </div>
  );
}
