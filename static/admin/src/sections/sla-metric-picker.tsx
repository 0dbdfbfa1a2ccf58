import { useState } from 'react';
import { useBridge } from '../../../common/bridge';
import { Button } from '../../../common/components/button';
import { useT } from '../../../common/i18n';
import { isError } from '../../../../src/contract';
import { useEditor, useScoped } from '../editor-context';

/** JSM's default SLA metric names, always offered as suggestions; any name may be typed. */
const SLA_SUGGESTIONS = ['Time to first response', 'Time to resolution', 'Time to close after resolution'];

/** The id of the datalist the SLA name input points at. */
export const SLA_NAMES_LIST = 'sla-names';

type FindState =
  { status: 'idle' | 'loading' } | { status: 'error'; message: string } | { status: 'done'; names: string[] };

/**
 * "Find SLA metrics": asks the server for the metric names on the newest requests, then offers them in a
 * select (choosing one fills the SLA name) and first in the input's suggestions. Typing stays possible: a site
 * may use a metric no recent request shows.
 */
export function SlaMetricPicker() {
  const t = useT();
  const bridge = useBridge();
  const { config, update } = useEditor();
  const scoped = useScoped();
  const [state, setState] = useState<FindState>({ status: 'idle' });
  const find = async () => {
    setState({ status: 'loading' });
    const r = await bridge.invoke('listSlaMetrics');
    setState(isError(r) ? { status: 'error', message: r.error.message } : { status: 'done', names: r.names });
  };
  const found = state.status === 'done' ? state.names : [];
  const current = config.timer.slaName ?? '';
  const suggestions = [...new Set([...found, ...SLA_SUGGESTIONS])];
  return (
    <div className="detect" data-testid="sla-picker">
      <Button onClick={find} loading={state.status === 'loading'}>
        {state.status === 'loading' ? t('admin.timer.finding') : t('admin.timer.find')}
      </Button>
      <div aria-live="polite">
        {state.status === 'error' && (
          <p className="error-text" role="alert">
            {t('admin.timer.findFailed', { message: state.message })}
          </p>
        )}
        {state.status === 'done' && found.length === 0 && (
          <p className="hint" data-testid="sla-none-found">
            {t('admin.timer.noneFound')}
          </p>
        )}
      </div>
      {found.length > 0 && (
        <div className="field">
          <label htmlFor={scoped('sla-found')}>{t('admin.timer.found')}</label>
          <select
            id={scoped('sla-found')}
            value={found.includes(current) ? current : ''}
            onChange={(e) => {
              if (e.target.value) update('timer.slaName', e.target.value);
            }}
          >
            <option value="">{t('admin.timer.choose')}</option>
            {found.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      )}
      <datalist id={scoped(SLA_NAMES_LIST)}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
