import { act, screen, within } from '@testing-library/react';
import type { PortalState, Result } from '../../../src/contract';
import { deferred } from '../../common/test/render';
import { renderPanel } from './test/render-panel';
import { eligible, escalated, portalState } from './test/fixtures';

describe('portal panel: loading', () => {
  it('makes exactly one resolver call before the first meaningful paint', async () => {
    const answer = deferred<Result<PortalState>>();
    const bridge = renderPanel(answer.promise);
    expect(screen.getByTestId('loading')).toBeInTheDocument();
    expect(bridge.calls).toEqual([{ functionKey: 'getPortalState', payload: { locale: 'fr-FR' } }]);
    await act(async () => answer.resolve(portalState()));
    expect(await screen.findByTestId('portal-waiting')).toBeInTheDocument();
    expect(bridge.calls).toHaveLength(1);
  });

  it.each([
    ['FORBIDDEN', 'Vous n’avez pas accès à ces informations.'],
    ['NOT_FOUND', 'Cette demande est introuvable.'],
  ])('a %s refusal says one thing, once, with no retry', async (code, text) => {
    renderPanel({ error: { code: code as 'FORBIDDEN', message: 'Vous n’avez pas accès à cette ressource.' } });
    const banner = await screen.findByTestId('portal-load-error');
    expect(banner).toHaveTextContent(text);
    expect(banner.querySelectorAll('p')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Réessayer/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('escalate-link')).not.toBeInTheDocument();
  });

  it('an outage says what is unavailable, then why', async () => {
    renderPanel({ error: { code: 'UNAVAILABLE', message: 'x' } });
    const banner = await screen.findByTestId('portal-load-error');
    expect(banner).toHaveTextContent(
      'Les informations de relance et d’escalade ne sont pas disponibles pour le moment.',
    );
    expect(banner).toHaveTextContent('Le service est momentanément indisponible. Réessayez dans un instant.');
    expect(screen.queryByTestId('escalate-link')).not.toBeInTheDocument();
  });

  it('shows the load error in English', async () => {
    renderPanel({ error: { code: 'FORBIDDEN', message: 'x' } }, { locale: 'en-US' });
    expect(await screen.findByTestId('portal-load-error')).toHaveTextContent(
      'You do not have access to this information.',
    );
  });
});

describe('portal panel: states', () => {
  it('waiting: how to follow up, the last follow-up and when escalation becomes possible (fr, Paris time)', async () => {
    renderPanel(
      portalState({ followUps: { count: 2, lastAt: '2025-11-28T09:05:00Z' }, eligibleAt: '2025-12-03T13:30:00Z' }),
    );
    const panel = await screen.findByTestId('portal-waiting');
    expect(panel).toHaveTextContent(
      'Pour relancer, ajoutez un commentaire à cette demande : la personne en charge est prévenue par courriel.',
    );
    expect(screen.getByTestId('follow-ups')).toHaveTextContent(
      /^2 relances, la dernière le 28 nov\.( \d{4})? à 10:05\.$/,
    );
    expect(screen.getByTestId('eligible-at')).toHaveTextContent(
      /^Escalade possible à partir du 3 déc\.( \d{4})? à 14:30\.$/,
    );
    expect(screen.queryByRole('button', { name: 'Escalader mon ticket' })).not.toBeInTheDocument();
  });

  it('waiting in English, no follow-up yet, with the follow-up-required note and no date when hidden', async () => {
    renderPanel(portalState({ followUpRequired: true }), { locale: 'en-US' });
    await screen.findByTestId('portal-waiting');
    expect(screen.getByText('No follow-up yet.')).toBeInTheDocument();
    expect(screen.getByTestId('follow-up-required')).toHaveTextContent('Add a follow-up comment first');
    expect(screen.queryByTestId('eligible-at')).not.toBeInTheDocument();
  });

  it('waiting: one follow-up uses the singular', async () => {
    renderPanel(portalState({ followUps: { count: 1, lastAt: '2025-11-28T09:05:00Z' } }), { locale: 'en-US' });
    expect(await screen.findByTestId('follow-ups')).toHaveTextContent(/^One follow-up, on 28 Nov( \d{4})? at 10:05\.$/);
  });

  it('eligible: shows the link', async () => {
    renderPanel(eligible());
    expect(await screen.findByRole('button', { name: 'Escalader mon ticket' })).toBeInTheDocument();
    renderPanel(eligible(), { locale: 'en-US' });
    expect(await screen.findByRole('button', { name: 'Escalate my request' })).toBeInTheDocument();
  });

  it('escalated: date, reason, acknowledgement and next escalation, with no level number', async () => {
    renderPanel(escalated());
    const line = await screen.findByTestId('escalated-line');
    expect(line).toHaveTextContent(/Demande escaladée le 3 déc\.( \d{4})? à 14:30\. Motif : Autre/);
    expect(line).not.toHaveTextContent(/niveau/i);
    expect(screen.getByTestId('escalated-ack')).toHaveTextContent(
      'En attente de prise en charge par l’équipe support.',
    );
    expect(screen.getByTestId('escalated-notice')).toHaveTextContent('L’équipe support a été prévenue par courriel.');
    expect(screen.getByTestId('next-level-at')).toHaveTextContent(
      /Nouvelle escalade possible à partir du 4 déc\.( \d{4})? à 16:00\./,
    );
    expect(screen.queryByTestId('escalate-link')).not.toBeInTheDocument();
  });

  it('escalated, acknowledged, next level open: shows the link again (en)', async () => {
    const state = escalated({ canEscalate: true });
    state.escalation = { ...state.escalation!, acknowledgedAt: '2025-12-03T15:00:00Z', reasonLabel: 'Other' };
    renderPanel(state, { locale: 'en-US' });
    expect(await screen.findByTestId('escalated-line')).toHaveTextContent(
      /Request escalated on 3 Dec( \d{4})? at 14:30\. Reason: Other/,
    );
    expect(screen.getByTestId('escalated-ack')).toHaveTextContent(
      /Taken in charge by the support team on 3 Dec( \d{4})? at 16:00\./,
    );
    expect(screen.getByRole('button', { name: 'Escalate my request' })).toBeInTheDocument();
  });

  it('escalated but nobody emailed: says it is recorded and in the queue, never "notified"', async () => {
    const state = escalated();
    state.escalation = { ...state.escalation!, notified: false };
    renderPanel(state, { locale: 'en-US' });
    expect(await screen.findByTestId('escalated-notice')).toHaveTextContent(
      "Your escalation is recorded and is in the support team's escalation queue.",
    );
    expect(screen.getByTestId('portal-panel')).not.toHaveTextContent(/notified|told by email/i);
  });

  it('escalated at the highest level says so', async () => {
    const state = escalated();
    state.escalation = { ...state.escalation!, level: 2, nextLevelAt: undefined };
    renderPanel(state);
    expect(await screen.findByText('Cette demande ne peut plus être escaladée davantage.')).toBeInTheDocument();
  });

  it('critical: prominent message, tel: link with digits only, hours and request key; no link', async () => {
    renderPanel(
      portalState({
        kind: 'critical',
        canEscalate: true, // even if the server said so, a critical request never shows the link
        critical: {
          phone: '03 88 64 50 50',
          message: 'Incident de production critique.',
          openingHours: 'lun.–ven. 8 h 30–18 h',
        },
      }),
    );
    const banner = await screen.findByTestId('portal-critical');
    expect(banner).toHaveTextContent('Incident critique');
    expect(banner).toHaveTextContent('Incident de production critique.');
    expect(within(banner).getByRole('link', { name: '03 88 64 50 50' })).toHaveAttribute('href', 'tel:0388645050');
    expect(banner).toHaveTextContent('Horaires : lun.–ven. 8 h 30–18 h');
    expect(banner).toHaveTextContent('Indiquez la référence de votre demande : SUP-42');
    expect(screen.queryByTestId('escalate-link')).not.toBeInTheDocument();
  });

  it('critical in English', async () => {
    renderPanel(
      portalState({ kind: 'critical', critical: { phone: '03 88 64 50 50', message: '', openingHours: '' } }),
      { locale: 'en-US' },
    );
    const banner = await screen.findByTestId('portal-critical');
    expect(banner).toHaveTextContent('Critical incident');
    expect(banner).toHaveTextContent('Quote your request key: SUP-42');
  });

  it.each([
    ['resolved', 'fr-FR', 'Cette demande est résolue.'],
    ['resolved', 'en-US', 'This request is resolved.'],
    ['inactive', 'fr-FR', 'L’escalade n’est pas disponible pour cette demande.'],
    ['inactive', 'en-US', 'Escalation is not available for this request.'],
  ])('%s (%s): a short neutral line', async (kind, locale, text) => {
    renderPanel(portalState({ kind: kind as 'resolved' }), { locale });
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.queryByTestId('escalate-link')).not.toBeInTheDocument();
  });
});
