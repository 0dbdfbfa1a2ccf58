/** The escalation email and internal comment name the support policy that applies (docs/rules.md §12), fr and en. */
import { aConfig, aPolicy, anEscalation, sup3Request } from '../../../test/builders';
import type { AdfDoc } from '../../ports';
import { escalationEmail, escalationInternalComment } from './index';

const platinum = aPolicy(
  'platinum',
  { organizationIds: ['2'] },
  { name: { fr: 'Contrat Platine', en: 'Platinum contract' } },
);
const withPolicies = aConfig({ policies: [platinum] });
const durand = sup3Request({ organizations: [{ id: '2', name: 'Durand Conseil' }] });
const martin = sup3Request({ organizations: [{ id: '1', name: 'Transports Martin' }] });
const entry = anEscalation({ level: 1, at: '2026-11-24T13:30:00.000Z' });

const textOf = (doc: AdfDoc): string => JSON.stringify(doc);

describe('the escalation texts name the support policy', () => {
  it.each([
    { lang: 'fr' as const, request: durand, line: 'Politique de support\u202f: Contrat Platine' },
    { lang: 'en' as const, request: durand, line: 'Support policy: Platinum contract' },
    { lang: 'fr' as const, request: martin, line: 'Politique de support\u202f: par défaut' },
    { lang: 'en' as const, request: martin, line: 'Support policy: default' },
  ])('given $lang and a request of $request.organizations.0.name, then "$line"', ({ lang, request, line }) => {
    const input = { request, config: withPolicies, entry, lang };
    const email = escalationEmail(input);
    expect(email.textBody.split('\n')).toContain(line);
    expect(email.htmlBody).toContain(`<p>${line}</p>`);
    expect(textOf(escalationInternalComment(input))).toContain(line);
  });

  it('given a configuration with no policy, then the texts say nothing of policies (as before)', () => {
    const input = { request: durand, config: aConfig(), entry, lang: 'fr' as const };
    expect(escalationEmail(input).textBody).not.toContain('Politique');
    expect(textOf(escalationInternalComment(input))).not.toContain('Politique');
  });
});
