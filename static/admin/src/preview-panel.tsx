import { useEffect, useRef, useState } from 'react';
import { useBridge } from '../../common/bridge';
import { useDates, useLocale, useT } from '../../common/i18n';
import { fieldNames } from './error-summary';
import { isError, type Config, type PreviewDelayResult } from '../../../src/contract';
import { IMPACTS, URGENCIES } from './draft';

/** Wait for the admin to stop typing before asking the server. */
export const PREVIEW_DEBOUNCE_MS = 300;

type State =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; message: string; invalid: string[] | null }
  | { status: 'done'; result: PreviewDelayResult };

/**
 * "A request of impact X and urgency Y created now can be escalated from …", computed by the server
 * (the same code that decides for real) against the unsaved edited configuration.
 */
export function PreviewPanel({ config }: { config: Config }) {
  const t = useT();
  const { dateTime } = useDates();
  const { locale } = useLocale();
  const bridge = useBridge();
  const [impact, setImpact] = useState('moderate');
  const [urgency, setUrgency] = useState('medium');
  const [requestTypeId, setRequestTypeId] = useState('');
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
      if (call !== latest.current) return; // an older answer arriving late must not overwrite a newer one
      if (isError(r)) {
        const invalid = r.error.code === 'INVALID_INPUT' ? (r.error.fields ?? []).map((f) => f.path) : null;
        setState({ status: 'error', message: r.error.message, invalid });
      } else {
        setState({ status: 'done', result: r });
      }
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [bridge, impact, urgency, requestTypeId, config]);

  const names = {
    impact: impact ? t(`admin.impact.${impact}`) : t('admin.preview.noImpact'),
    urgency: urgency ? t(`admin.urgency.${urgency}`) : t('admin.preview.noUrgency'),
  };
  let text: string;
  if (state.status === 'done' && state.result.critical) text = t('admin.preview.critical', names);
  else if (state.status === 'done' && state.result.eligibleAt)
    text = t('admin.preview.eligible', {
      ...names,
      date: dateTime(state.result.eligibleAt),
      hours: state.result.delayHours ?? '?',
    });
  else if (state.status === 'done' && state.result.delayHours !== undefined)
    // SLA timer: the date depends on each request's SLA clock, so only the delay is known.
    text = t('admin.preview.sla', { ...names, hours: state.result.delayHours, sla: config.timer.slaName ?? '' });
  else if (state.status === 'done') text = t('admin.preview.unknown', names);
  else if (state.status === 'error' && state.invalid !== null)
    text = t('admin.preview.invalid', { count: state.invalid.length, fields: fieldNames(state.invalid, locale) });
  else if (state.status === 'error') text = t('admin.preview.failed', { message: state.message });
  else text = t('admin.preview.loading');

  return (
    <section className="section preview" aria-labelledby="preview-title" data-testid="preview">
      <h2 id="preview-title">{t('admin.preview.title')}</h2>
      <div className="inline">
        <div className="field">
          <label htmlFor="preview-impact">{t('admin.preview.impact')}</label>
          <select id="preview-impact" value={impact} onChange={(e) => setImpact(e.target.value)}>
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
          <select id="preview-urgency" value={urgency} onChange={(e) => setUrgency(e.target.value)}>
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
            value={requestTypeId}
            onChange={(e) => setRequestTypeId(e.target.value)}
          />
        </div>
      </div>
      <p
        aria-live="polite"
        data-testid="preview-text"
        data-status={state.status}
        className={state.status === 'done' && state.result.critical ? 'preview-text critical' : 'preview-text'}
      >
        {text}
      </p>
    </section>
  );
}
