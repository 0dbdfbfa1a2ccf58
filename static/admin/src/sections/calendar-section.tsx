import { memo, useState } from 'react';
import { Button } from '../../../common/components/button';
import { useT } from '../../../common/i18n';
import { errorsAt, useEditor, useIdOf, useScoped } from '../editor-context';
import { FieldErrors, invalidProps } from '../inputs/field-errors';
import { Group } from '../inputs/group';
import { TextField } from '../inputs/text-field';
import { Section } from './section';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function timeZones(): string[] {
  // Offered as suggestions only; the server checks the zone against its own database.
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  try {
    return intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
  } catch {
    return [];
  }
}

/** Business hours: time zone, working days, hour ranges, public holidays and closed dates. */
export function CalendarSection() {
  const t = useT();
  const scoped = useScoped();
  return (
    <Section id="calendar" title={t('admin.calendar.title')} intro={t('admin.calendar.intro')}>
      <TextField path="calendar.timezone" label={t('admin.calendar.timezone')} list={scoped('time-zones')} />
      <TimeZoneList id={scoped('time-zones')} />
      <WorkingDays />
      <HourRanges />
      <TextField
        path="calendar.holidaysCountry"
        label={t('admin.calendar.holidays')}
        hint={t('admin.calendar.holidaysHint')}
        nullable
      />
      <ClosedDates />
    </Section>
  );
}

/** Some 400 suggestions: memoised so a keystroke elsewhere does not re-render them. */
const TimeZoneList = memo(function TimeZoneList({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {timeZones().map((z) => (
        <option key={z} value={z} />
      ))}
    </datalist>
  );
});

function WorkingDays() {
  const t = useT();
  const { config, update } = useEditor();
  const scoped = useScoped();
  const days = config.calendar.workingDays;
  const toggle = (d: number, on: boolean) =>
    update('calendar.workingDays', on ? [...days, d].sort((a, b) => a - b) : days.filter((x) => x !== d));
  return (
    <Group path="calendar.workingDays" legend={t('admin.calendar.workingDays')} nested>
      <div className="inline">
        {DAYS.map((d) => (
          <div key={d} className="field checkbox">
            <input
              type="checkbox"
              id={scoped(`day-${d}`)}
              checked={days.includes(d)}
              onChange={(e) => toggle(d, e.target.checked)}
            />
            <label htmlFor={scoped(`day-${d}`)}>{t(`admin.calendar.day.${d}`)}</label>
          </div>
        ))}
      </div>
    </Group>
  );
}

function HourRanges() {
  const t = useT();
  const { config, update } = useEditor();
  const ranges = config.calendar.hours;
  return (
    <Group path="calendar.hours" legend={t('admin.calendar.hours')}>
      {ranges.map((_, i) => (
        <div key={i} className="inline" data-testid={`hours-${i}`}>
          <TextField path={`calendar.hours.${i}.start`} label={t('admin.calendar.start', { n: i + 1 })} />
          <TextField path={`calendar.hours.${i}.end`} label={t('admin.calendar.end', { n: i + 1 })} />
          <Button
            appearance="link"
            onClick={() =>
              update(
                'calendar.hours',
                ranges.filter((__, k) => k !== i),
              )
            }
          >
            {t('admin.calendar.removeRange', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button onClick={() => update('calendar.hours', [...ranges, { start: '14:00', end: '18:00' }])}>
        {t('admin.calendar.addRange')}
      </Button>
    </Group>
  );
}

function ClosedDates() {
  const t = useT();
  const { config, update, errors } = useEditor();
  const idOf = useIdOf();
  const scoped = useScoped();
  const dates = config.calendar.closedDates;
  const [next, setNext] = useState('');
  const add = () => {
    if (next && !dates.includes(next)) update('calendar.closedDates', [...dates, next].sort());
    setNext('');
  };
  return (
    <Group path="calendar.closedDates" legend={t('admin.calendar.closedDates')}>
      {dates.length === 0 && <p className="hint">{t('admin.calendar.noClosedDates')}</p>}
      <ul className="plain">
        {dates.map((d, i) => {
          const mine = errorsAt(errors, `calendar.closedDates.${i}`);
          return (
            <li key={`${d}-${i}`} id={idOf(`calendar.closedDates.${i}`)} tabIndex={-1}>
              <span {...invalidProps(`calendar.closedDates.${i}`, mine)}>{d}</span>{' '}
              <Button
                appearance="link"
                onClick={() =>
                  update(
                    'calendar.closedDates',
                    dates.filter((__, k) => k !== i),
                  )
                }
              >
                {t('admin.calendar.removeDate', { date: d })}
              </Button>
              <FieldErrors path={`calendar.closedDates.${i}`} errors={mine} />
            </li>
          );
        })}
      </ul>
      <div className="inline">
        <div className="field">
          <label htmlFor={scoped('closed-date-new')}>{t('admin.calendar.newDate')}</label>
          <input id={scoped('closed-date-new')} type="date" value={next} onChange={(e) => setNext(e.target.value)} />
        </div>
        <Button onClick={add} disabled={!next}>
          {t('admin.calendar.addDate')}
        </Button>
      </div>
    </Group>
  );
}
