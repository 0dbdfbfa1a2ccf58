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
    const bridge = fakeBridge({ exportEscalations: (_p: unknown, n: number) => pages[(n - 1) % 2] });
    const blobs: Blob[] = [];
    const fileUrl = { create: (b: Blob) => `blob:test/${blobs.push(b)}`, revoke: jest.fn() };
    renderApp(<ExportCsv fileUrl={fileUrl} today={() => '2026-12-02'} />, { bridge });
    await userEvent.click(screen.getByTestId('queue-export'));
    // The file is offered as a link: the viewer's click on it is the user gesture Forge's iframe needs to download.
    const link = await screen.findByTestId('queue-export-save');
    expect(link.tagName).toBe('A');
    expect(link).toHaveAttribute('href', 'blob:test/1');
    expect(link).toHaveAttribute('download', 'escalades-2026-12-02.csv');
    expect(link).toHaveTextContent('escalades-2026-12-02.csv');
    const saved = blobs.map((blob) => ({ blob }));
    expect(bridge.callsTo('exportEscalations').map((c) => c.payload)).toEqual([
      { cursor: null, locale: 'fr-FR' },
      { cursor: 'c1', locale: 'fr-FR' },
    ]);
    expect(saved[0].blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await bytesOf(saved[0].blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await read(saved[0].blob)).toContain('SUP-2,"Imprimante, étage 2"');
    expect(screen.getByTestId('queue-export-status')).toHaveTextContent('Escalades exportées : 2');
    // A new export releases the previous file's URL.
    await userEvent.click(screen.getByTestId('queue-export'));
    await waitFor(() => expect(screen.getByTestId('queue-export-save')).toHaveAttribute('href', 'blob:test/2'));
    expect(fileUrl.revoke).toHaveBeenCalledWith('blob:test/1');
  }, 20_000);

  it('a refusal shows an error and saves nothing', async () => {
    const bridge = fakeBridge({ exportEscalations: { error: { code: 'FORBIDDEN', message: 'Accès refusé.' } } });
    const saved: Blob[] = [];
    const fileUrl = { create: (b: Blob) => `blob:test/${saved.push(b)}`, revoke: () => undefined };
    renderApp(<ExportCsv fileUrl={fileUrl} today={() => '2026-12-02'} />, { bridge });
    await userEvent.click(screen.getByTestId('queue-export'));
    expect(await screen.findByTestId('queue-export-error')).toHaveTextContent(
      'Vous n’avez pas accès à ces informations.',
    );
    expect(saved).toEqual([]);
    expect(screen.queryByTestId('queue-export-save')).toBeNull();
  });
});
