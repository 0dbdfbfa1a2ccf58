import { useServedSandbox } from '../test-fixtures/harness';
import { clockReadings, hostChrome } from './host-chrome';

/** The sandbox's own pages (top bar, Jira page, module titles, refusals) speak the persona's language. */
describe('sandbox host chrome in the persona’s language', () => {
  const site = useServedSandbox();

  const page = async (path: string, cookie: string) => {
    const res = await fetch(site.url + path, { headers: { cookie } });
    return { status: res.status, text: await res.text() };
  };
  /** The top bar's HTML only. */
  const topBar = (html: string) => /<header class="top">[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';

  it('speaks French to a French persona: top bar, clock in their zone in words, page language', async () => {
    const { text } = await page('/', 'persona=admin-frank');
    const bar = topBar(text);
    expect(text).toContain('<html lang="fr-FR">');
    expect(bar).toContain('>Bac à sable Escalade</a>');
    expect(bar).toContain('>Administration</a>');
    expect(bar).toContain('Profil <select id="persona" aria-label="Profil">');
    expect(bar).toContain('Horloge du bac à sable');
    expect(bar).toContain('data-testid="persona-clock">2 mars à 10:00 (heure de Paris)</time>');
    expect(bar).toContain('data-testid="utc-clock">09:00 UTC</span>');
    expect(bar).toContain('>+1 jour</button>');
    expect(bar).toContain('>+1 semaine</button>');
    expect(bar).not.toMatch(/Sandbox clock|Persona|\+1 day|\+1 week|Europe\/Paris/);
  });

  it('speaks English to an English persona, and follows the locale cookie', async () => {
    const erin = topBar((await page('/', 'persona=agent-erin')).text);
    expect(erin).toContain('Sandbox clock');
    expect(erin).toContain('data-testid="persona-clock">2 Mar at 10:00 (Paris time)</time>');
    expect(erin).toContain('>+1 week</button>');
    const frankInEnglish = await page('/', 'persona=admin-frank; locale=en-US');
    expect(frankInEnglish.text).toContain('<html lang="en-US">');
    expect(topBar(frankInEnglish.text)).toContain('Persona <select');
  });

  it('titles the admin and queue pages with the manifest’s translated module titles', async () => {
    const fr = (await page('/admin', 'persona=admin-frank')).text;
    expect(fr).toContain('<h1>Paramètres d’Escalade</h1>');
    expect(fr).toContain('<title>Paramètres d’Escalade · Bac à sable Escalade</title>');
    expect(fr).not.toContain('Escalade configuration');
    const en = (await page('/admin', 'persona=admin-frank; locale=en-US')).text;
    expect(en).toContain('<h1>Escalade settings</h1>');
    expect((await page('/queue', 'persona=agent-dave')).text).toContain('<h1>Escalades</h1>');
    expect((await page('/queue', 'persona=agent-erin')).text).toContain('<h1>Escalations</h1>');
  });

  it('labels the Jira page in the agent’s language', async () => {
    const fr = (await page('/jira/SUP-4', 'persona=agent-dave')).text;
    const fields = /data-testid="jira-fields">[\s\S]*?<\/aside>/.exec(fr)?.[0] ?? '';
    for (const label of ['Statut', 'Responsable', 'Rapporteur', 'Priorité', 'Impact', 'Urgence', 'Étiquettes'])
      expect(fields).toContain(`<p>${label}<br>`);
    expect(fr).toContain('<h2>Activité</h2>');
    expect(fr).toContain('aria-label="Commentaire"');
    expect(fr).toContain('> Note interne</label>');
    expect(fr).toContain('>Projets / Support / SUP-4<');
    expect(fr).not.toMatch(/>(Status|Assignee|Reporter|Priority|Urgency|Labels|Activity)</);
    expect(fr).not.toMatch(/<p>(Status|Assignee|Reporter|Priority|Urgency|Labels)<br>/);
    const en = (await page('/jira/SUP-4', 'persona=agent-erin')).text;
    for (const label of ['Status', 'Assignee', 'Reporter', 'Priority', 'Impact', 'Urgency', 'Labels'])
      expect(en).toContain(`<p>${label}<br>`);
  });

  it('refuses in the persona’s language, and labels the dashboard page', async () => {
    const refused = await page('/portal/SUP-5', 'persona=customer-alice');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('<h1>Vous ne pouvez pas voir cette demande</h1>');
    expect(refused.text).toMatch(/SUP-5 n’existe pas, ou customer-alice n’a pas le droit de la voir \(HTTP 40[34]\)\./);
    const dash = (await page('/dashboard', 'persona=agent-dave')).text;
    expect(dash).toContain('<h1>Tableau de bord</h1>');
    expect(dash).toContain('>Modifier le gadget</a>');
  });
});

describe('clockReadings / hostChrome', () => {
  it('reads the persona’s zone in words, then UTC; one reading for a persona in UTC', () => {
    expect(clockReadings('2026-07-14T12:30:00.000Z', 'fr', 'Europe/Paris')).toEqual({
      persona: '14 juil. à 14:30 (heure de Paris)',
      utc: '12:30 UTC',
    });
    expect(clockReadings('2026-12-01T08:05:00.000Z', 'fr', 'Europe/Paris').persona).toBe(
      '1er déc. à 09:05 (heure de Paris)',
    );
    expect(clockReadings('2026-07-14T12:30:00.000Z', 'en', 'UTC')).toEqual({
      persona: '14 Jul at 12:30 (UTC)',
      utc: '',
    });
    expect(clockReadings('2026-07-14T12:30:00.000Z', 'en', 'Not/AZone').utc).toBe('');
  });

  it('picks the language from the locale cookie, else the persona, else English', () => {
    expect(hostChrome('fr-FR').lang).toBe('fr');
    expect(hostChrome('fr-FR', 'en-US').lang).toBe('en');
    expect(hostChrome(undefined).lang).toBe('en');
    expect(hostChrome('en-US', 'fr-CA').text.clock).toBe('Horloge du bac à sable');
  });
});
