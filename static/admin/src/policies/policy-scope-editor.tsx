/**
 * A policy's override sections: the page's own sections (matrix, timer, calendar, critical, levels) inside an editor
 * scoped to the policy (policy-scope.ts). Each says "inherits from the default" until the admin changes something in
 * it; then it is the policy's own, with a button to go back to the default's.
 */
import { useMemo, type ReactNode } from 'react';
import { Button } from '../../../common/components/button';
import { useT } from '../../../common/i18n';
import { fieldId } from '../draft';
import { EditorProvider, useEditor, type Editor } from '../editor-context';
import { NumberField } from '../inputs/number-field';
import { CalendarSection } from '../sections/calendar-section';
import { CriticalSection } from '../sections/critical-section';
import { LevelList } from '../sections/levels-section';
import { MatrixSection } from '../sections/matrix-section';
import { Section } from '../sections/section';
import { TimerSection } from '../sections/timer-section';
import {
  effectiveView,
  inherits,
  OVERRIDE_GROUPS,
  policyPath,
  scopedEdits,
  scopedErrors,
  type OverrideGroupId,
} from './policy-scope';

/** Gives `children` an editor over policy `index`: they edit top-level paths, the policy's overrides change. */
export function PolicyScope({ index, children }: { index: number; children: ReactNode }) {
  const parent = useEditor();
  const editor = useMemo<Editor>(
    () => ({
      config: effectiveView(parent.config, index),
      update: (path, value) => {
        for (const [p, v] of scopedEdits(parent.config, index, path, value)) parent.update(p, v);
      },
      errors: scopedErrors(parent.errors, index),
      idOf: (path) => fieldId(policyPath(index, path)),
      scope: `policy-${index}`,
    }),
    [parent, index],
  );
  return <EditorProvider editor={editor}>{children}</EditorProvider>;
}

/** The policy's levels: who each level emails, the delay to the next one, the acknowledgement deadline. */
function PolicyLevels() {
  const t = useT();
  return (
    <Section id="levels" title={t('admin.levels.title')} intro={t('admin.levels.intro')}>
      <LevelList />
      <NumberField path="escalation.nextLevelDelayHours" label={t('admin.levels.nextDelay')} />
      <NumberField path="escalation.acknowledgeWithinHours" label={t('admin.levels.ackWithin')} nullable />
    </Section>
  );
}

const SECTIONS: Record<OverrideGroupId, () => ReactNode> = {
  matrix: () => <MatrixSection />,
  timer: () => <TimerSection />,
  calendar: () => <CalendarSection />,
  critical: () => <CriticalSection />,
  levels: () => <PolicyLevels />,
};

function OverrideGroup({ index, group }: { index: number; group: OverrideGroupId }) {
  const t = useT();
  const { config, update } = useEditor();
  const inherited = inherits(config, index, group);
  const keys = OVERRIDE_GROUPS.find((g) => g.id === group)?.keys ?? [];
  return (
    <div className="override" data-testid={`override-${group}`} data-inherits={inherited}>
      <div className="inline">
        <span
          className={`esc-lozenge ${inherited ? 'esc-lozenge--info' : 'esc-lozenge--success'}`}
          data-testid={`override-${group}-status`}
        >
          {inherited ? t('admin.policies.inherits') : t('admin.policies.overridden')}
        </span>
        {!inherited && (
          <Button
            appearance="link"
            onClick={() => keys.forEach((k) => update(`policies.${index}.${k}`, undefined))}
            data-testid={`override-${group}-reset`}
          >
            {t(`admin.policies.reset.${group}`)}
          </Button>
        )}
      </div>
      <PolicyScope index={index}>{SECTIONS[group]()}</PolicyScope>
    </div>
  );
}

export function PolicyOverrides({ index }: { index: number }) {
  return (
    <>
      {OVERRIDE_GROUPS.map((g) => (
        <OverrideGroup key={g.id} index={index} group={g.id} />
      ))}
    </>
  );
}
