/** The gadget's edit mode: period (4 weeks, 12 weeks, 12 months or custom), projects, optional policy. */
import { useEffect, useState, type FormEvent } from 'react';
import { isError, type GadgetConfiguration, type GadgetOptions, type ResolverError } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { Loading } from '../../common/components/spinner';
import { useLocale, useT } from '../../common/i18n';
import { PERIODS, type Period } from './period';
import { RebuildStats } from './rebuild';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function PeriodField(props: {
  period: Period;
  setPeriod: (p: Period) => void;
  from: string;
  setFrom: (d: string) => void;
  to: string;
  setTo: (d: string) => void;
}) {
  const t = useT();
  const { period, setPeriod, from, setFrom, to, setTo } = props;
  return (
    <fieldset>
      <legend>{t('gadget.period.label')}</legend>
      {PERIODS.map((p) => (
        <label key={p} className="gadget-choice">
          <input
            type="radio"
            name="period"
            checked={period === p}
            onChange={() => setPeriod(p)}
            data-testid={`edit-period-${p}`}
          />
          {t(`gadget.period.${p}`)}
        </label>
      ))}
      {period === 'custom' && (
        <div className="gadget-range">
          <label>
            {t('gadget.edit.from')}{' '}
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="edit-from" />
          </label>
          <label>
            {t('gadget.edit.to')}{' '}
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="edit-to" />
          </label>
        </div>
      )}
    </fieldset>
  );
}

function ProjectsField(props: { keys: string[]; projects: string[]; toggle: (key: string) => void }) {
  const t = useT();
  const { projects, toggle } = props;
  return (
    <fieldset>
      <legend>{t('gadget.edit.projects')}</legend>
      <p className="esc-muted">{t('gadget.edit.projectsHint')}</p>
      {props.keys.map((key) => (
        <label key={key} className="gadget-choice">
          <input
            type="checkbox"
            checked={projects.includes(key)}
            onChange={() => toggle(key)}
            data-testid={`edit-project-${key}`}
          />
          {key}
        </label>
      ))}
    </fieldset>
  );
}

function PolicyField(props: {
  policies: GadgetOptions['policies'];
  policyId: string;
  setPolicyId: (id: string) => void;
}) {
  const t = useT();
  const { policyId, setPolicyId } = props;
  return (
    <label className="gadget-choice">
      {t('gadget.edit.policy')}{' '}
      <select value={policyId} onChange={(e) => setPolicyId(e.target.value)} data-testid="edit-policy">
        <option value="">{t('gadget.edit.allPolicies')}</option>
        {props.policies.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function GadgetEdit({
  config,
  onSubmit,
}: {
  config: GadgetConfiguration;
  onSubmit: (config: GadgetConfiguration) => Promise<void>;
}) {
  const t = useT();
  const bridge = useBridge();
  const { locale } = useLocale();
  const [options, setOptions] = useState<GadgetOptions | ResolverError['error'] | null>(null);
  const [period, setPeriod] = useState<Period>(config.period);
  const [from, setFrom] = useState(config.from ?? '');
  const [to, setTo] = useState(config.to ?? '');
  const [projects, setProjects] = useState<string[]>(config.projectKeys ?? []);
  const [policyId, setPolicyId] = useState(config.policyId ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void bridge.invoke('getGadgetOptions', { locale }).then((r) => setOptions(isError(r) ? r.error : r));
  }, [bridge, locale]);

  if (!options) return <Loading />;
  if ('code' in options) return <ErrorBanner error={options} titleKey="gadget.loadFailed" testId="gadget-error" />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (period === 'custom' && (!DATE.test(from) || !DATE.test(to) || from > to)) {
      setProblem(t('gadget.edit.badRange'));
      return;
    }
    setSaving(true);
    await onSubmit({
      period,
      ...(period === 'custom' ? { from, to } : {}),
      ...(projects.length > 0 ? { projectKeys: projects } : {}),
      ...(policyId ? { policyId } : {}),
    });
    setSaving(false);
  }

  const toggle = (key: string) => setProjects((p) => (p.includes(key) ? p.filter((k) => k !== key) : [...p, key]));
  return (
    <form className="gadget gadget-edit esc-stack" onSubmit={submit} data-testid="gadget-edit">
      <PeriodField period={period} setPeriod={setPeriod} from={from} setFrom={setFrom} to={to} setTo={setTo} />
      <ProjectsField keys={options.projects} projects={projects} toggle={toggle} />
      <PolicyField policies={options.policies} policyId={policyId} setPolicyId={setPolicyId} />
      {problem && (
        <p role="alert" className="gadget-problem" data-testid="edit-problem">
          {problem}
        </p>
      )}
      <Button appearance="primary" type="submit" loading={saving} data-testid="edit-save">
        {t('gadget.edit.save')}
      </Button>
      {options.canRebuild && <RebuildStats />}
    </form>
  );
}
