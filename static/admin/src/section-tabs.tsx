import { createContext, useContext, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../common/i18n';
import type { Config, FieldError } from '../../../src/contract';
import { marksOf, SECTIONS } from './sections/section-map';

/**
 * The admin page's sections as tabs (WAI-ARIA tabs pattern, automatic activation). Jira sizes an admin
 * page's frame to its content, so the frame never scrolls itself and nothing in it can stay pinned
 * while the host page scrolls: tabs keep every section one click (or one arrow key) away instead.
 * Every panel stays mounted (hidden when not selected) so the error summary and the preview can name
 * the fields of any section, and a field in a hidden section can still be revealed and focused.
 */
export const tabDomId = (id: string) => `tab-${id}`;
export const panelDomId = (id: string) => `panel-${id}`;

/** The tab a key moves to from `index` among `count` (arrows wrap), or null for any other key. */
export function nextTab(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowUp':
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

interface TabsProps {
  selected: string;
  onSelect(id: string): void;
  errors: FieldError[];
  draft: Config;
  saved: Config;
}

/** The tab list: each tab names its section and says, in words, its error count and unsaved changes. */
export function SectionTabs({ selected, onSelect, errors, draft, saved }: TabsProps) {
  const t = useT();
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const next = nextTab(e.key, index, SECTIONS.length);
    if (next === null) return;
    e.preventDefault();
    const id = SECTIONS[next].id;
    onSelect(id);
    tabs.current[id]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={t('admin.nav.label')}
      aria-orientation="vertical"
      className="section-tabs"
      data-testid="section-tabs"
    >
      {SECTIONS.map((s, i) => {
        const marks = marksOf(s, errors, draft, saved);
        const isSelected = s.id === selected;
        return (
          <button
            key={s.id}
            ref={(el) => {
              tabs.current[s.id] = el;
            }}
            type="button"
            role="tab"
            id={tabDomId(s.id)}
            aria-controls={panelDomId(s.id)}
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            className={marks.errors > 0 ? 'section-tab has-errors' : 'section-tab'}
            data-testid={`tab-${s.id}`}
            data-errors={marks.errors}
            data-unsaved={marks.unsaved}
            onClick={() => onSelect(s.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <span className="section-tab__title">{t(s.titleKey)}</span>
            {marks.errors > 0 && (
              <span className="esc-lozenge esc-lozenge--danger" data-testid={`tab-${s.id}-errors`}>
                {t('admin.nav.errors', { count: marks.errors })}
              </span>
            )}
            {marks.unsaved && (
              <span className="esc-lozenge esc-lozenge--warning" data-testid={`tab-${s.id}-unsaved`}>
                {t('admin.nav.unsaved')}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}

/** One section's panel; hidden, not unmounted, when its tab is not selected. */
export function TabPanel({ id, selected, children }: { id: string; selected: boolean; children: ReactNode }) {
  return (
    <div
      role="tabpanel"
      id={panelDomId(id)}
      aria-labelledby={tabDomId(id)}
      hidden={!selected}
      tabIndex={0}
      className="section-panel"
      data-section={id}
      data-testid={`panel-${id}`}
    >
      {children}
    </div>
  );
}

/**
 * Shows a control wherever it is: the page selects the tab that holds it, then focuses it. Outside the
 * tabbed page (a component alone in a test) it only focuses.
 */
const RevealContext = createContext<(el: HTMLElement) => void>((el) => el.focus());
export const RevealProvider = RevealContext.Provider;
export const useReveal = () => useContext(RevealContext);
