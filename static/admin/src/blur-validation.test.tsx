import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Config, FieldError } from '../../../src/contract';
import { deferred } from '../../common/test/render';
import { editorReducer, initialEditorState } from './editor-state';
import { marksOf, SECTIONS } from './sections/section-map';
import { configFixture } from './test/config-fixture';
import { cell, setup } from './test/admin-setup';

const invalid = (fields: FieldError[]) => ({ error: { code: 'INVALID_INPUT', message: 'invalid', fields } });

const TOO_LARGE = 'Saisissez une valeur d’au plus 8 760.';

/** Selects a section's tab, as the admin would before editing its fields. */
const openTab = (id: string) => fireEvent.click(screen.getByTestId(`tab-${id}`));

/** Types into a control and leaves it, as a user moving on to the next field. */
function typeAndLeave(el: HTMLElement, value: string) {
  act(() => el.focus());
  fireEvent.change(el, { target: { value } });
  act(() => el.blur());
}

describe('admin page: validation when a field loses focus', () => {
  it('checks the draft with the server and shows the limit at the field left, and only there', async () => {
    const { bridge } = await setup({
      validateConfig: (p: Record<string, unknown> | undefined) => {
        const c = p?.config as Config;
        const fields: FieldError[] = [{ path: 'config.calendar.timezone', message: 'Fuseau horaire inconnu.' }];
        if (Number(c.matrix.moderate.medium) > 8760)
          fields.push({ path: 'config.matrix.moderate.medium', message: TOO_LARGE });
        return invalid(fields);
      },
    });
    openTab('matrix');
    typeAndLeave(cell(), '9000');
    await waitFor(() => expect(cell()).toHaveAccessibleDescription(TOO_LARGE));
    const sent = bridge.callsTo('validateConfig')[0].payload?.config as Config;
    expect(sent.matrix.moderate.medium).toBe(9000);
    // An error about a field the admin has not visited yet waits until they leave it (or save).
    expect(screen.getByLabelText('Fuseau horaire')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('tab-matrix-errors')).toHaveTextContent('1 erreur');
    expect(screen.queryByTestId('tab-calendar-errors')).not.toBeInTheDocument();
    // Nothing is saved by a check.
    expect(bridge.callsTo('saveConfig')).toHaveLength(0);

    typeAndLeave(cell(), '12');
    await waitFor(() => expect(bridge.callsTo('validateConfig')).toHaveLength(2));
    await waitFor(() => expect(cell()).not.toHaveAttribute('aria-invalid'));
    expect(screen.queryByTestId('tab-matrix-errors')).not.toBeInTheDocument();
  });

  it('checks a group of controls (the working days) when focus leaves one of them', async () => {
    const { bridge, user } = await setup({
      validateConfig: (p: Record<string, unknown> | undefined) =>
        (p?.config as Config).calendar.workingDays.length === 0
          ? invalid([{ path: 'config.calendar.workingDays', message: 'Choisissez au moins un jour ouvré.' }])
          : { config: p?.config },
    });
    openTab('calendar');
    for (const d of [1, 2, 3, 4, 5]) await user.click(document.getElementById(`day-${d}`) as HTMLElement);
    await user.click(screen.getByTestId('save-button').parentElement as HTMLElement);
    await waitFor(() => expect(screen.getByTestId('error-calendar.workingDays')).toHaveTextContent('au moins un jour'));
    expect(bridge.callsTo('validateConfig').length).toBeGreaterThan(0);
    expect(screen.getByTestId('tab-calendar-errors')).toHaveTextContent('1 erreur');
  });

  it('states the limit in English too', async () => {
    await setup(
      {
        validateConfig: invalid([{ path: 'config.critical.phone', message: 'Enter at most 40 characters.' }]),
      },
      'en-US',
    );
    openTab('critical');
    const phone = document.getElementById('cfg-critical.phone') as HTMLElement;
    expect(phone).toHaveAccessibleName('Support phone number');
    typeAndLeave(phone, '0'.repeat(41));
    await waitFor(() => expect(phone).toHaveAccessibleDescription('Enter at most 40 characters.'));
    expect(screen.getByTestId('tab-critical-errors')).toHaveTextContent('1 error');
  });

  it('ignores an answer about a value edited again meanwhile, and an unavailable server', async () => {
    const held = deferred<unknown>();
    const { bridge } = await setup({
      validateConfig: (_p: unknown, call: number) =>
        call === 1 ? held.promise : { error: { code: 'UNAVAILABLE', message: 'down' } },
    });
    openTab('matrix');
    typeAndLeave(cell(), '9000');
    fireEvent.change(cell(), { target: { value: '10' } });
    await act(async () => held.resolve(invalid([{ path: 'config.matrix.moderate.medium', message: TOO_LARGE }])));
    expect(cell()).not.toHaveAttribute('aria-invalid');
    typeAndLeave(cell(), '11');
    await waitFor(() => expect(bridge.callsTo('validateConfig')).toHaveLength(2));
    await act(async () => undefined);
    expect(cell()).not.toHaveAttribute('aria-invalid');
  });
});

it('keeps the summary’s links in place when the field left for one of them is checked again', async () => {
  const fields = [
    { path: 'config.matrix.moderate.medium', message: 'Saisissez un nombre positif.' },
    { path: 'config.critical.phone', message: 'Saisissez un numéro de téléphone.' },
  ];
  const { bridge } = await setup({
    saveConfig: invalid(fields),
    validateConfig: invalid(fields),
  });
  openTab('matrix');
  fireEvent.change(cell(), { target: { value: '-5' } });
  fireEvent.click(screen.getByTestId('save-button'));
  const links = within(await screen.findByTestId('error-summary')).getAllByRole('link');
  // Following the first link focuses the cell; pressing the second leaves the cell, which is checked again.
  fireEvent.click(links[0]);
  expect(cell()).toHaveFocus();
  act(() => cell().blur());
  await waitFor(() => expect(bridge.callsTo('validateConfig')).toHaveLength(1));
  await act(async () => undefined);
  const after = within(screen.getByTestId('error-summary')).getAllByRole('link');
  expect(after.map((l) => l.dataset.path)).toStrictEqual(['matrix.moderate.medium', 'critical.phone']);
  expect(after[1]).toBe(links[1]);
  fireEvent.click(after[1]);
  expect(document.getElementById('cfg-critical.phone')).toHaveFocus();
});

describe('editor state and tab marks', () => {
  const loaded = editorReducer(initialEditorState, {
    type: 'loaded',
    envelope: { config: configFixture(), version: 1 },
    notice: null,
  });

  it('replaces only the checked path’s errors', () => {
    const withErrors = { ...loaded, errors: [{ path: 'calendar.timezone', message: 'tz' }] };
    const checked = editorReducer(withErrors, {
      type: 'validated',
      path: 'projects',
      config: loaded.draft as Config,
      errors: [
        { path: 'projects.1', message: 'key' },
        { path: 'critical.phone', message: 'phone' },
      ],
    });
    expect(checked.errors.map((e) => e.path)).toEqual(['calendar.timezone', 'projects.1']);
  });

  const withTwo = {
    ...loaded,
    errors: [
      { path: 'matrix.moderate.medium', message: 'Saisissez un nombre positif.' },
      { path: 'critical.phone', message: 'Saisissez un numéro de téléphone.' },
    ],
  };
  const check = (errors: FieldError[]) =>
    editorReducer(withTwo, {
      type: 'validated',
      path: 'matrix.moderate.medium',
      config: loaded.draft as Config,
      errors,
    });

  it.each([
    {
      given: 'the field gets a new message',
      verdict: [{ path: 'matrix.moderate.medium', message: 'Saisissez au plus 8 760.' }],
      then: ['matrix.moderate.medium: Saisissez au plus 8 760.', 'critical.phone: Saisissez un numéro de téléphone.'],
    },
    {
      given: 'the field is fixed',
      verdict: [],
      then: ['critical.phone: Saisissez un numéro de téléphone.'],
    },
  ])('keeps the summary’s order when $given: the field’s errors stay in its place', ({ verdict, then }) => {
    expect(check(verdict).errors.map((e) => `${e.path}: ${e.message}`)).toStrictEqual(then);
  });

  it('changes nothing when the verdict on the field left is the one shown (the summary does not re-render)', () => {
    expect(check([withTwo.errors[0], { path: 'critical.phone', message: 'other field' }])).toBe(withTwo);
  });

  it('counts errors and changes per tab by the paths its section edits', () => {
    const draft = configFixture();
    draft.escalation.detailsMax = 10;
    const errors = [{ path: 'escalation.levels.1', message: 'x' }];
    const marks = Object.fromEntries(SECTIONS.map((s) => [s.id, marksOf(s, errors, draft, configFixture())]));
    expect(marks.reasons).toEqual({ errors: 0, unsaved: true });
    expect(marks.levels).toEqual({ errors: 1, unsaved: false });
    expect(marks.effects).toEqual({ errors: 0, unsaved: false });
  });
});
