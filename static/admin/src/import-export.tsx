import { useState } from 'react';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { useT } from '../../common/i18n';
import { isError, type Config, type FieldError } from '../../../src/contract';
import { configFieldErrors } from './draft';
import { Section } from './sections/section';

/** Downloads `config` as a JSON file (Blob + a temporary anchor: no server round trip). */
export function downloadJson(config: Config, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(config, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** FileReader rather than Blob.text(): it exists in every browser the host supports and in jsdom. */
export function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

type ImportState =
  | { status: 'idle' | 'checking' }
  | { status: 'badJson'; message: string }
  | { status: 'refused'; message: string; fields: FieldError[] }
  | { status: 'done' };

/** Reads, parses and checks an import with the server (`validateConfig`); only an accepted one reaches `onImported`. */
function useImport(onImported: (c: Config) => void) {
  const bridge = useBridge();
  const [text, setText] = useState('');
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const importText = async (source: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch (e) {
      setState({ status: 'badJson', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    setState({ status: 'checking' });
    const r = await bridge.invoke('validateConfig', { config: parsed });
    if (isError(r)) {
      setState({ status: 'refused', message: r.error.message, fields: configFieldErrors(r.error.fields) });
      return;
    }
    // The server may hand back the normalised config (trimmed, migrated); otherwise use what was read.
    onImported((r && typeof r === 'object' && r.config ? r.config : parsed) as Config);
    setState({ status: 'done' });
    setText('');
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await readText(file);
    setText(content);
    await importText(content);
  };

  return { text, setText, state, importText, importFile };
}

/**
 * Export what the editor shows, or import a JSON file or pasted text. An import is checked by the
 * server (`validateConfig`) and only then fills the editor, unsaved until Save.
 */
export function ImportExport({
  config,
  version,
  onImported,
}: {
  config: Config;
  version: number;
  onImported: (c: Config) => void;
}) {
  const t = useT();
  const { text, setText, state, importText, importFile } = useImport(onImported);
  return (
    <Section id="transfer" title={t('admin.transfer.title')} testId="import-export">
      <div className="inline">
        <Button onClick={() => downloadJson(config, `escalade-config-v${version}.json`)} data-testid="export-button">
          {t('admin.transfer.export')}
        </Button>
        <span className="hint">{t('admin.transfer.exportHint')}</span>
      </div>
      <div className="field">
        <label htmlFor="import-file">{t('admin.transfer.file')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => importFile(e.target.files?.[0])}
        />
      </div>
      <div className="field">
        <label htmlFor="import-text">{t('admin.transfer.paste')}</label>
        <textarea id="import-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <Button onClick={() => importText(text)} disabled={text.trim() === ''} loading={state.status === 'checking'}>
        {t('admin.transfer.import')}
      </Button>
      <ImportResult state={state} />
    </Section>
  );
}

function ImportResult({ state }: { state: ImportState }) {
  const t = useT();
  return (
    <div aria-live="polite" data-testid="import-result">
      {state.status === 'badJson' && (
        <p className="error-text" role="alert">
          {t('admin.transfer.badJson', { message: state.message })}
        </p>
      )}
      {state.status === 'refused' && (
        <div className="error-text" role="alert">
          <p>{t('admin.transfer.refused')}</p>
          {state.fields.length > 0 ? (
            <ul>
              {state.fields.map((f, i) => (
                <li key={i}>
                  <code>{f.path || '/'}</code>
                  {t('admin.common.colon')}
                  {f.message}
                </li>
              ))}
            </ul>
          ) : (
            <p>{state.message}</p>
          )}
        </div>
      )}
      {state.status === 'done' && <p className="success-text">{t('admin.transfer.done')}</p>}
    </div>
  );
}
