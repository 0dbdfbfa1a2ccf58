import { useEffect, useRef, useState } from 'react';
import { useBridge } from '../../common/bridge';
import { useDates, useLocale, useT, type T } from '../../common/i18n';
import { fieldNames } from './error-summary';
import { isError, type Config, type PreviewDelayResult } from '../../../src/contract';
import { IMPACTS, URGENCIES } from './draft';
import { Section } from './sections/section';

/** Wait for the admin to stop typing before asking the server. */
export const PREVIEW_DEBOUNCE_MS = 300;

type State =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; message: string; invalid: string[] | null }
  | { status: 'done'; result: PreviewDelayResult };

interface Inputs {
  impact: string;
  urgency: string;
  requestTypeId: string;
}

/** Asks the server for the delay of `inputs` under `config`, debounced; a late older answer is dropped. */
function usePreview(config: Config, { impact, urgency, requestTypeId }: Inputs): State {
  const bridge = useBridge();
  const [state, setState] = useState<State>({ status: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const call = ++latest.current;
    setState({ status: 'loading' });
    const timer = setTimeout(async () => {
      const r = await bridge.invoke('previewDelay', {
        impact: impact || null,
        urgency: urgency || null,
        requestTypeId: requestTypeId.trim() || null,
        config,
      });
      if (call !== latest.current) return;
      if (!isError(r)) setState({ status: 'done', result: r });
      else {
        const invalid = r.error.code === 'INVALID_INPUT' ? (r.error.fields ?? []).map((f) => f.path) : null;
        setState({ status: 'error', message: r.error.message, invalid });
      }
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [bridge, impact, urgency, requestTypeId, config]);
  return state;
}

/** The sentence for a preview state; an invalid draft names the invalid inputs by their labels. */
function previewText(
  state: State,
  inputs: Inputs,
  config: Config,
  t: T,
  dateTime: (iso: string) => string,
  locale: string,
) {
  const names = {
    impact: inputs.impact ? t(`admin.impact.${inputs.impact}`) : t('admin.preview.noImpact'),
    urgency: inputs.urgency ? t(`admin.urgency.${inputs.urgency}`) : t('admin.preview.noUrgency'),
  };
  if (state.status === 'error' && state.invalid !== null)
    return t('admin.preview.invalid', { count: state.invalid.length, fields: fieldNames(state.invalid, locale) });
  if (state.status === 'error') return t('admin.preview.failed', { message: state.message });
  if (state.status !== 'done') return t('admin.preview.loading');
  const { result } = state;
  if (result.critical) return t('admin.preview.critical', names);
  if (result.eligibleAt)
    return t('admin.preview.eligible', {
      ...names,
      date: dateTime(result.eligibleAt),
      hours: result.delayHours ?? '?',
    });
  // SLA timer: the date depends on each request's SLA clock, so only the delay is known.
  if (result.delayHours !== undefined)
    return t('admin.preview.sla', { ...names, hours: result.delayHours, sla: config.timer.slaName ?? '' });
  return t('admin.preview.unknown', names);
}

/**
 * "A request of impact X and urgency Y created now can be escalated from …", computed by the server
 * (the same code that decides for real) against the unsaved edited configuration.
 */
export function PreviewPanel({ config }: { config: Config }) {
  const t = useT();
  const { dateTime } = useDates();
  const { locale } = useLocale();
  const [inputs, setInputs] = useState<Inputs>({ impact: 'moderate', urgency: 'medium', requestTypeId: '' });
  const state = usePreview(config, inputs);
  const critical = state.status === 'done' && state.result.critical;
  return (
    <Section id="preview" title={t('admin.preview.title')} className="preview" testId="preview">
      <PreviewInputs inputs={inputs} onChange={(change) => setInputs((prev) => ({ ...prev, ...change }))} />
      <p
        aria-live="polite"
        data-testid="preview-text"
        data-status={state.status}
        className={critical ? 'preview-text critical' : 'preview-text'}
      >
        {previewText(state, inputs, config, t, dateTime, locale)}
      </p>
    </Section>
  );
}

function PreviewInputs({ inputs, onChange }: { inputs: Inputs; onChange: (change: Partial<Inputs>) => void }) {
  const t = useT();
  return (
    <div className="inline">
      <div className="field">
        <label htmlFor="preview-impact">{t('admin.preview.impact')}</label>
        <select id="preview-impact" value={inputs.impact} onChange={(e) => onChange({ impact: e.target.value })}>
          {IMPACTS.map((i) => (
            <option key={i} value={i}>
              {t(`admin.impact.${i}`)}
            </option>
          ))}
          <option value="">{t('admin.preview.noImpact')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="preview-urgency">{t('admin.preview.urgency')}</label>
        <select id="preview-urgency" value={inputs.urgency} onChange={(e) => onChange({ urgency: e.target.value })}>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {t(`admin.urgency.${u}`)}
            </option>
          ))}
          <option value="">{t('admin.preview.noUrgency')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="preview-request-type">{t('admin.preview.requestType')}</label>
        <input
          id="preview-request-type"
          size={8}
          value={inputs.requestTypeId}
          onChange={(e) => onChange({ requestTypeId: e.target.value })}
        />
      </div>
    </div>
  );
}
