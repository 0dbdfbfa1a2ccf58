import { useT } from '../../common/i18n';
import type { Config, FieldError } from '../../../src/contract';
import { marksOf, SECTIONS, sectionDomId } from './sections/section-map';

/**
 * A sticky index of the page's sections. Each link names its section, and says how many errors it
 * holds and whether it has unsaved changes (words, not only colour, so screen readers hear them too).
 */
export function SectionNav({ errors, draft, saved }: { errors: FieldError[]; draft: Config; saved: Config }) {
  const t = useT();
  const go = (id: string) => {
    const el = document.getElementById(sectionDomId(id));
    el?.scrollIntoView?.({ block: 'start' });
    el?.focus({ preventScroll: true });
  };
  return (
    <nav className="section-nav" aria-label={t('admin.nav.label')} data-testid="section-nav">
      <ul>
        {SECTIONS.map((s) => {
          const marks = marksOf(s, errors, draft, saved);
          return (
            <li key={s.id} data-testid={`nav-${s.id}`} data-errors={marks.errors} data-unsaved={marks.unsaved}>
              <a
                href={`#${sectionDomId(s.id)}`}
                className={marks.errors > 0 ? 'has-errors' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  go(s.id);
                }}
              >
                <span className="section-nav__title">{t(s.titleKey)}</span>
                {marks.errors > 0 && (
                  <span className="esc-lozenge esc-lozenge--danger" data-testid={`nav-${s.id}-errors`}>
                    {t('admin.nav.errors', { count: marks.errors })}
                  </span>
                )}
                {marks.unsaved && (
                  <span className="esc-lozenge esc-lozenge--warning" data-testid={`nav-${s.id}-unsaved`}>
                    {t('admin.nav.unsaved')}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
