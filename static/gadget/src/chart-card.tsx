/** A chart with its table view: a toggle shows the same figures as a table (accessibility, copying). */
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../common/i18n';

export function ChartCard({
  id,
  title,
  chart,
  table,
}: {
  id: string;
  title: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const t = useT();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className="gadget-card" aria-labelledby={headingId} data-testid={`card-${id}`}>
      <header className="gadget-card__header">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="esc-button esc-button--subtle"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
          data-testid={`toggle-${id}`}
        >
          <span>{asTable ? t('gadget.showChart') : t('gadget.showTable')}</span>
        </button>
      </header>
      {asTable ? <div data-testid={`table-${id}`}>{table}</div> : <div aria-hidden="false">{chart}</div>}
    </section>
  );
}

/** A plain table: a header row and rows of cells, the first cell of each row a row header. */
export function FigureTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="gadget-table">
      <caption className="esc-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row[0])}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
