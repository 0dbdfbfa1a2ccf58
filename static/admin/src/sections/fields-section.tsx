import { useState } from 'react';
import { useBridge } from '../../../common/bridge';
import { Button } from '../../../common/components/button';
import { useT } from '../../../common/i18n';
import { isError, type DetectedField, type DetectFieldsResult } from '../../../../src/contract';
import { mapOptions } from '../detect-mapping';
import { IMPACTS, URGENCIES } from '../draft';
import { useEditor } from '../editor-context';
import { Group } from '../inputs/group';
import { ListField } from '../inputs/list-field';
import { TextField } from '../inputs/text-field';
import { Section } from './section';

type Kind = 'impact' | 'urgency';

/** How the app finds the Impact and Urgency custom fields and maps their options onto its levels. */
export function FieldsSection() {
  const t = useT();
  return (
    <Section id="fields" title={t('admin.fields.title')} intro={t('admin.fields.intro')}>
      <Detect />
      <div className="columns">
        <FieldColumn kind="impact" levels={IMPACTS} />
        <FieldColumn kind="urgency" levels={URGENCIES} />
      </div>
    </Section>
  );
}

/** One field's names, optional fixed id and option aliases per level. */
function FieldColumn({ kind, levels }: { kind: Kind; levels: readonly string[] }) {
  const t = useT();
  return (
    <div>
      <ListField path={`fields.${kind}Names`} label={t(`admin.fields.${kind}Names`)} />
      <TextField
        path={`fields.${kind}FieldId`}
        label={t(`admin.fields.${kind}FieldId`)}
        hint={t('admin.fields.fieldIdHint')}
        nullable
      />
      <Group path={`fields.${kind}Aliases`} legend={t(`admin.fields.${kind}Aliases`)}>
        {levels.map((l) => (
          <ListField key={l} path={`fields.${kind}Aliases.${l}`} label={t(`admin.${kind}.${l}`)} />
        ))}
      </Group>
    </div>
  );
}

type DetectState =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; message: string }
  | { status: 'done'; result: DetectFieldsResult };

function Detect() {
  const t = useT();
  const bridge = useBridge();
  const [state, setState] = useState<DetectState>({ status: 'idle' });
  const [applied, setApplied] = useState<string | null>(null);
  const detect = async () => {
    setState({ status: 'loading' });
    setApplied(null);
    const r = await bridge.invoke('detectFields');
    setState(isError(r) ? { status: 'error', message: r.error.message } : { status: 'done', result: r });
  };
  return (
    <div className="detect" data-testid="detect">
      <Button onClick={detect} disabled={state.status === 'loading'}>
        {state.status === 'loading' ? t('admin.fields.detecting') : t('admin.fields.detect')}
      </Button>
      <div aria-live="polite">
        {state.status === 'error' && (
          <p className="error-text" role="alert">
            {t('admin.fields.detectFailed', { message: state.message })}
          </p>
        )}
        {applied && <p className="success-text">{applied}</p>}
      </div>
      {state.status === 'done' && (
        <div className="columns">
          <Candidates kind="impact" fields={state.result.impact} onApplied={setApplied} />
          <Candidates kind="urgency" fields={state.result.urgency} onApplied={setApplied} />
        </div>
      )}
    </div>
  );
}

function Candidates({
  kind,
  fields,
  onApplied,
}: {
  kind: Kind;
  fields: DetectedField[];
  onApplied: (m: string) => void;
}) {
  const t = useT();
  const { config, update } = useEditor();
  const use = (f: DetectedField) => {
    const current = kind === 'impact' ? config.fields.impactAliases : config.fields.urgencyAliases;
    const { aliases, unmapped } = mapOptions(f, current as Record<string, string[]>);
    update(`fields.${kind}FieldId`, f.id);
    update(`fields.${kind}Aliases`, aliases);
    onApplied(
      unmapped.length === 0
        ? t('admin.fields.applied', { name: f.name, id: f.id })
        : t('admin.fields.appliedUnmapped', { name: f.name, id: f.id, options: unmapped.join(', ') }),
    );
  };
  return (
    <div>
      <h3>{t(`admin.fields.candidates.${kind}`)}</h3>
      {fields.length === 0 ? (
        <p className="hint">{t('admin.fields.none')}</p>
      ) : (
        <ul className="plain">
          {fields.map((f) => (
            <li key={f.id} className="card" data-testid={`candidate-${kind}-${f.id}`}>
              <strong>{f.name}</strong> <code>{f.id}</code>
              <div className="hint">{f.options.map((o) => o.value).join(' · ')}</div>
              <Button onClick={() => use(f)}>{t('admin.fields.use', { name: f.name, id: f.id })}</Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
