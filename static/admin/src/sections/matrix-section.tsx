import { useT } from '../../../common/i18n';
import { errorsAt, useEditor, useIdOf, useScoped } from '../editor-context';
import { IMPACTS, URGENCIES, type Impact, type Urgency } from '../draft';
import { NumberField } from '../inputs/number-field';
import { Section } from './section';

/** The delay before escalation, per impact × urgency, in hours of the timer; a critical cell means "phone only". */
export function MatrixSection() {
  const t = useT();
  const { config } = useEditor();
  return (
    <Section id="matrix" title={t('admin.matrix.title')} intro={t('admin.matrix.intro')}>
      <div className="table-scroll">
        <table className="matrix">
          <caption className="esc-visually-hidden">{t('admin.matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.matrix.corner')}</th>
              {URGENCIES.map((u) => (
                <th key={u} scope="col">
                  {t(`admin.urgency.${u}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {IMPACTS.map((i) => (
              <tr key={i}>
                <th scope="row">{t(`admin.impact.${i}`)}</th>
                {URGENCIES.map((u) => (
                  <MatrixCell key={u} impact={i} urgency={u} critical={config.matrix[i][u] === 'critical'} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NumberField
        path="defaultDelayHours"
        label={t('admin.matrix.defaultDelay')}
        hint={t('admin.matrix.defaultDelayHint')}
      />
    </Section>
  );
}

function MatrixCell({ impact, urgency, critical }: { impact: Impact; urgency: Urgency; critical: boolean }) {
  const t = useT();
  const { config, update, errors } = useEditor();
  const idOf = useIdOf();
  const scoped = useScoped();
  const path = `matrix.${impact}.${urgency}`;
  const names = { impact: t(`admin.impact.${impact}`), urgency: t(`admin.urgency.${urgency}`) };
  const toggle = (on: boolean) => {
    // Back from critical, the cell takes the default delay: a number the admin can then adjust.
    const fallback = typeof config.defaultDelayHours === 'number' ? config.defaultDelayHours : 24;
    update(path, on ? 'critical' : fallback);
  };
  const criticalId = scoped(`critical-${impact}-${urgency}`);
  return (
    <td className={critical ? 'cell critical' : 'cell'}>
      {critical ? (
        <div className="critical-tag" id={idOf(path)} tabIndex={-1}>
          {t('admin.matrix.criticalShort')}
          {errorsAt(errors, path).map((e, k) => (
            <div key={k} className="esc-field-error">
              {e.message}
            </div>
          ))}
        </div>
      ) : (
        <NumberField
          path={path}
          compact
          label={t('admin.matrix.cellLabel', names)}
          testId={`matrix-cell-${impact}-${urgency}`}
        />
      )}
      <div className="field checkbox compact">
        <input
          type="checkbox"
          id={criticalId}
          checked={critical}
          aria-label={t('admin.matrix.criticalLabel', names)}
          data-testid={`matrix-critical-${impact}-${urgency}`}
          onChange={(e) => toggle(e.target.checked)}
        />
        {/* The short visible word; the checkbox's accessible name is the full sentence above. */}
        <label htmlFor={criticalId} aria-hidden="true">
          {t('admin.matrix.criticalToggle')}
        </label>
      </div>
    </td>
  );
}
