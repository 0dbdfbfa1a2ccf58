import { useT } from '../../common/i18n';
import type { FieldError } from '../../../src/contract';
import { fieldId } from './draft';
import { useReveal } from './section-tabs';

/** The nearest control for a path: "calendar.hours.0.end", else "calendar.hours.0", else "calendar.hours"… */
export function controlFor(path: string): HTMLElement | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (el) return el;
  }
  return null;
}

export function labelOf(el: HTMLElement | null): string | null {
  if (!el) return null;
  const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
  if (labelled) return labelled;
  const legend = el.tagName === 'FIELDSET' ? el.querySelector('legend')?.textContent : null;
  return legend ?? el.getAttribute('aria-label');
}

/** "Fuseau horaire, Jours ouvrés et Début de la plage 1": the labels of the fields at these paths, as a list. */
export function fieldNames(paths: string[], locale: string): string {
  const names = [...new Set(paths.map((p) => labelOf(controlFor(p)) ?? p))];
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

/**
 * Every error of a refused save, at the top, each a link that opens its field's tab and focuses the field. Unknown
 * paths (a setting the editor has no control for) are still listed, with their path.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: FieldError[] }) {
  const t = useT();
  const reveal = useReveal();
  return (
    <div className="esc-banner esc-banner--error error-summary" role="alert" tabIndex={-1} data-testid="error-summary">
      <div className="esc-banner__body">
        <h2 className="esc-banner__title">{title}</h2>
        <p>{t('admin.save.nothingSaved')}</p>
        <ul>
          {errors.map((e, i) => (
            <li key={`${e.path}-${i}`}>
              <a
                href={`#${fieldId(e.path)}`}
                data-path={e.path}
                onClick={(ev) => {
                  ev.preventDefault();
                  const el = controlFor(e.path);
                  if (el) reveal(el);
                }}
              >
                {labelOf(controlFor(e.path)) ?? e.path}
              </a>
              {t('admin.common.colon')}
              {e.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
