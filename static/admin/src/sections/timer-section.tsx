import { useT } from '../../../common/i18n';
import { errorsAt, useEditor, useIdOf, useScoped } from '../editor-context';
import { FieldErrors } from '../inputs/field-errors';
import { TextField } from '../inputs/text-field';
import { Section } from './section';
import { SLA_NAMES_LIST, SlaMetricPicker } from './sla-metric-picker';

const MODES = ['business', '24x7', 'sla'] as const;

/** How delays are counted: business hours of the calendar, round the clock, or a JSM SLA's elapsed time. */
export function TimerSection() {
  const t = useT();
  const { config, update, errors } = useEditor();
  const idOf = useIdOf();
  const scoped = useScoped();
  const mode = config.timer.mode;
  return (
    <Section id="timer" title={t('admin.timer.title')} intro={t('admin.timer.intro')}>
      <fieldset id={idOf('timer.mode')} tabIndex={-1} className="group">
        <legend>{t('admin.timer.mode')}</legend>
        {MODES.map((m) => (
          <div key={m} className="field checkbox">
            <input
              type="radio"
              id={scoped(`timer-mode-${m}`)}
              name={scoped('timer-mode')}
              value={m}
              checked={mode === m}
              onChange={() => update('timer.mode', m)}
            />
            <label htmlFor={scoped(`timer-mode-${m}`)}>{t(`admin.timer.${m}`)}</label>
          </div>
        ))}
        <FieldErrors path="timer.mode" errors={errorsAt(errors, 'timer.mode')} />
      </fieldset>
      {mode === 'sla' && (
        <>
          <TextField
            path="timer.slaName"
            label={t('admin.timer.slaName')}
            hint={t('admin.timer.slaHint')}
            nullable
            list={scoped(SLA_NAMES_LIST)}
          />
          <SlaMetricPicker />
        </>
      )}
    </Section>
  );
}
