/** Which support policy applies to the request, and why: the values its match found (docs/rules.md §12). */
import type { AgentState } from '../../../src/contract';
import { useT } from '../../common/i18n';

export function PolicyLine({ policy }: { policy: AgentState['policy'] }) {
  const t = useT();
  if (policy.name === null || policy.matchedOn === null) {
    return (
      <p className="esc-muted" data-testid="agent-policy" data-policy={policy.id}>
        {t('agent.policy.default')}
      </p>
    );
  }
  const m = policy.matchedOn;
  const why = [
    ...(m.project ? [t('agent.policy.project', { value: m.project })] : []),
    ...(m.requestType ? [t('agent.policy.requestType', { value: m.requestType.name ?? m.requestType.id })] : []),
    ...(m.organization ? [t('agent.policy.organization', { value: m.organization.name ?? m.organization.id })] : []),
  ];
  return (
    <p data-testid="agent-policy" data-policy={policy.id}>
      {t('agent.policy.applied', { name: policy.name })}{' '}
      <span className="esc-muted" data-testid="agent-policy-why">
        {why.length > 0 ? t('agent.policy.why', { reasons: why.join(', ') }) : t('agent.policy.everything')}
      </span>
    </p>
  );
}
