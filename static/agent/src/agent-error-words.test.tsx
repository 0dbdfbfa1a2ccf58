import { render, screen } from '@testing-library/react';
import type { ErrorCode } from '../../../src/contract';
import { ErrorBanner } from '../../common/components/error-banner';
import { LocaleProvider } from '../../common/i18n';

/** Issue 14: an agent never reads a customer's message ("cannot be escalated yet") in Jira. */
describe('agent error words', () => {
  it.each([
    ['en-US', 'NOT_ELIGIBLE', /no open escalation/],
    ['fr-FR', 'NOT_ELIGIBLE', /pas d’escalade ouverte/],
    ['en-US', 'CONFLICT', /Another agent already acknowledged/],
    ['en-US', 'UNAVAILABLE', /unavailable for a moment/],
  ])('in %s, %s reads as the agents’ own words', (locale, code, text) => {
    render(
      <LocaleProvider locale={locale} timezone="UTC">
        <ErrorBanner error={{ code: code as ErrorCode, message: 'server text' }} scope="agent" />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('error-banner').textContent).toMatch(text);
    expect(screen.getByTestId('error-banner').textContent).not.toMatch(/escalated yet|escaladée/);
  });
});
