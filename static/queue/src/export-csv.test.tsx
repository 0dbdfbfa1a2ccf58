import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ExportPage } from '../../../src/contract';
import { fakeBridge, renderApp } from '../../common/test/render';
import { ExportCsv } from './export-csv';

configure({ asyncUtilTimeout: 8000 });

const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

const read = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob, 'utf-8');
  });

describe('CSV export', () => {
  it('asks page after page with the cursor, then saves one UTF-8 file with a BOM', async () => {
    const pages: ExportPage[] = [
      { csv: 'Clé,Résumé\r\nSUP-1,Écran noir\r\n', rows: 1, cursor: 'c1', done: false },
      { csv: 'SUP-2,"Imprimante, étage 2"\r\n', rows: 1, cursor: null, done: true },
    ];
    const bridge = fakeBridge({ exportEscalations: (_p: unknown, n: number) => pages[n - 1] });
    const saved: { name: string; blob: Blob }[] = [];
    renderApp(<ExportCsv save={(name, blob) => saved.push({ name, blob })} today={() => '2026-12-02'} />, { bridge });
    await userEvent.click(screen.getByTestId('queue-export'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(bridge.callsTo('exportEscalations').map((c) => c.payload)).toEqual([
      { cursor: null, locale: 'fr-FR' },
      { cursor: 'c1', locale: 'fr-FR' },
    ]);
    expect(saved[0].name).toBe('escalades-2026-12-02.csv');
    expect(saved[0].blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await bytesOf(saved[0].blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await read(saved[0].blob)).toContain('SUP-2,"Imprimante, étage 2"');
    expect(screen.getByTestId('queue-export-status')).toHaveTextContent('Escalades exportées : 2');
  });

  it('a refusal shows an error and saves nothing', async () => {
    const bridge = fakeBridge({ exportEscalations: { error: { code: 'FORBIDDEN', message: 'Accès refusé.' } } });
    const saved: unknown[] = [];
    renderApp(<ExportCsv save={(n) => saved.push(n)} today={() => '2026-12-02'} />, { bridge });
    await userEvent.click(screen.getByTestId('queue-export'));
    expect(await screen.findByTestId('queue-export-error')).toHaveTextContent(
      'Vous n’avez pas accès à ces informations.',
    );
    expect(saved).toEqual([]);
  });
});
