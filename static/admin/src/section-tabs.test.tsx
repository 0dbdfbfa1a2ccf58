import { fireEvent, screen, within } from '@testing-library/react';
import type { FieldError } from '../../../src/contract';
import { nextTab } from './section-tabs';
import { sectionDomId, SECTIONS } from './sections/section-map';
import { setup } from './test/admin-setup';

const invalid = (fields: FieldError[]) => ({ error: { code: 'INVALID_INPUT', message: 'invalid', fields } });

const tabList = (name = 'Sections de la page') => screen.getByRole('tablist', { name });
const tab = (id: string) => screen.getByTestId(`tab-${id}`);
const panel = (id: string) => screen.getByTestId(`panel-${id}`);
const selectedIds = () =>
  within(screen.getByRole('tablist'))
    .getAllByRole('tab', { selected: true })
    .map((t) => t.dataset.testid);

describe('admin page: section tabs', () => {
  it('shows one section at a time, its tab selected, every other panel hidden but mounted', async () => {
    await setup();
    const tabs = within(tabList()).getAllByRole('tab');
    expect(tabs).toHaveLength(SECTIONS.length);
    expect(tabs.map((t) => t.querySelector('.section-tab__title')?.textContent)).toEqual(
      SECTIONS.map((s) => document.getElementById(sectionDomId(s.id))?.querySelector('h2')?.textContent),
    );
    expect(selectedIds()).toEqual(['tab-general']);
    for (const s of SECTIONS) {
      expect(tab(s.id)).toHaveAttribute('aria-controls', panel(s.id).id);
      expect(panel(s.id)).toHaveAttribute('aria-labelledby', tab(s.id).id);
      if (s.id === 'general') expect(panel(s.id)).toBeVisible();
      else expect(panel(s.id)).not.toBeVisible();
    }
    // The only panel a screen reader finds is the selected one, named by its tab.
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Projets de service et langue');
    // Hidden, not unmounted: the preview sits with the matrix, and every field exists.
    expect(within(panel('matrix')).getByTestId('preview')).toBeInTheDocument();
    expect(document.getElementById('cfg-critical.phone')).not.toBeNull();
  });

  it('selects a tab on click, showing its panel only', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('tab', { name: 'Calendrier ouvré' }));
    expect(selectedIds()).toEqual(['tab-calendar']);
    expect(panel('calendar')).toBeVisible();
    expect(panel('general')).not.toBeVisible();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Calendrier ouvré');
  });

  it('follows the ARIA tabs keyboard pattern: arrows (wrapping), Home, End; Tab goes to the panel', async () => {
    const { user } = await setup();
    const tabs = within(tabList()).getAllByRole('tab');
    // Roving tabindex: only the selected tab is in the Tab order.
    expect(tabs.filter((t) => t.tabIndex === 0)).toEqual([tab('general')]);
    tab('general').focus();
    await user.keyboard('{ArrowDown}');
    expect(tab('fields')).toHaveFocus();
    expect(selectedIds()).toEqual(['tab-fields']);
    expect(panel('fields')).toBeVisible();
    await user.keyboard('{ArrowRight}');
    expect(tab('matrix')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(tab('general')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(tab('transfer')).toHaveFocus();
    expect(selectedIds()).toEqual(['tab-transfer']);
    await user.keyboard('{ArrowDown}');
    expect(tab('general')).toHaveFocus();
    await user.keyboard('{End}');
    expect(tab('transfer')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(tab('general')).toHaveFocus();
    expect(
      within(tabList())
        .getAllByRole('tab')
        .filter((t) => t.tabIndex === 0),
    ).toEqual([tab('general')]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.tab();
    expect(panel('matrix')).toHaveFocus();
  });

  it('marks the tab that holds unsaved changes, in words, and clears the mark once saved', async () => {
    const { user } = await setup({
      saveConfig: (p: Record<string, unknown> | undefined) => ({ config: p?.config, version: 4 }),
    });
    expect(tabList().querySelectorAll('[data-unsaved="true"]')).toHaveLength(0);
    await user.click(tab('matrix'));
    fireEvent.change(screen.getByTestId('matrix-cell-moderate-medium'), { target: { value: '5' } });
    expect(tab('matrix')).toHaveAttribute('data-unsaved', 'true');
    expect(tab('matrix')).toHaveAccessibleName(/Non enregistré$/);
    await user.click(tab('calendar'));
    await user.click(document.getElementById('day-6') as HTMLElement);
    expect(tabList().querySelectorAll('[data-unsaved="true"]')).toHaveLength(2);
    await user.click(screen.getByTestId('save-button'));
    await screen.findByTestId('save-success');
    expect(tabList().querySelectorAll('[data-unsaved="true"]')).toHaveLength(0);
  });

  it('marks the tabs that hold errors; an error link opens the field’s tab and focuses the field', async () => {
    const { user } = await setup({
      saveConfig: invalid([
        { path: 'config.matrix.moderate.medium', message: 'Saisissez un nombre.' },
        { path: 'config.calendar.hours.0.end', message: 'La fin doit suivre le début.' },
        { path: 'config.calendar.timezone', message: 'Fuseau horaire inconnu.' },
        { path: 'config.escalation.levels.0.recipients', message: 'Ce niveau n’envoie de courriel à personne.' },
      ]),
    });
    await user.click(screen.getByTestId('save-button'));
    const summary = await screen.findByTestId('error-summary');
    expect(screen.getByTestId('tab-matrix-errors')).toHaveTextContent('1 erreur');
    expect(screen.getByTestId('tab-calendar-errors')).toHaveTextContent('2 erreurs');
    expect(screen.getByTestId('tab-levels-errors')).toHaveTextContent('1 erreur');
    expect(tab('calendar')).toHaveAccessibleName(/^Calendrier ouvré 2 erreurs$/);
    expect(screen.queryByTestId('tab-reasons-errors')).not.toBeInTheDocument();
    // The summary names fields of hidden tabs by their labels.
    await user.click(within(summary).getByRole('link', { name: 'Fuseau horaire' }));
    expect(selectedIds()).toEqual(['tab-calendar']);
    expect(document.getElementById('cfg-calendar.timezone')).toHaveFocus();
    expect(document.getElementById('cfg-calendar.timezone')).toBeVisible();
    await user.click(within(summary).getByRole('link', { name: /impact Modéré/ }));
    expect(selectedIds()).toEqual(['tab-matrix']);
    expect(screen.getByTestId('matrix-cell-moderate-medium')).toHaveFocus();
    // Correcting a field takes its error off its tab's count.
    fireEvent.change(screen.getByTestId('matrix-cell-moderate-medium'), { target: { value: '7' } });
    expect(screen.queryByTestId('tab-matrix-errors')).not.toBeInTheDocument();
    expect(screen.getByTestId('tab-calendar-errors')).toHaveTextContent('2 erreurs');
  });

  it('speaks English too: tab list, marks, and the error link that opens its tab', async () => {
    const { user } = await setup(
      { saveConfig: invalid([{ path: 'config.critical.phone', message: 'Enter at most 40 characters.' }]) },
      'en-US',
    );
    expect(tabList('Page sections')).toBeInTheDocument();
    await user.click(screen.getByTestId('save-button'));
    const summary = await screen.findByTestId('error-summary');
    expect(tab('critical')).toHaveAccessibleName('Critical requests 1 error');
    await user.click(within(summary).getByRole('link', { name: 'Support phone number' }));
    expect(selectedIds()).toEqual(['tab-critical']);
    expect(document.getElementById('cfg-critical.phone')).toHaveFocus();
  });
});

describe('nextTab', () => {
  it.each([
    ['ArrowDown', 0, 1],
    ['ArrowRight', 11, 0],
    ['ArrowUp', 0, 11],
    ['ArrowLeft', 5, 4],
    ['Home', 7, 0],
    ['End', 2, 11],
    ['Enter', 3, null],
    ['a', 3, null],
  ])('%s from %i of 12 → %s', (key, from, to) => {
    expect(nextTab(key, from, 12)).toBe(to);
  });
});
