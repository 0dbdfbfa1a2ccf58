/**
 * The portal page's own words (its "chrome", around the app's panel), in the customer's language as the real
 * portal shows them: the page's labels, the portal's name, the status and request type names from the project's
 * translations (`PORTAL` in the seed), and dates in the customer's language and time zone.
 */
import { PORTAL, REQUEST_TYPES, STATUSES } from '../jira/seed-site';
import type { ServedSandbox } from './served-sandbox';

const TEXT = {
  fr: {
    activity: 'Activité',
    noActivity: 'Aucune activité pour l’instant.',
    addComment: 'Ajouter un commentaire',
    send: 'Envoyer',
    status: 'Statut',
    requestType: 'Type de demande',
    raisedBy: 'Demande créée par',
    requests: 'Mes demandes',
  },
  en: {
    activity: 'Activity',
    noActivity: 'No activity yet.',
    addComment: 'Add a comment',
    send: 'Send',
    status: 'Status',
    requestType: 'Request type',
    raisedBy: 'Raised by',
    requests: 'My requests',
  },
};

export interface PortalChrome {
  lang: 'fr' | 'en';
  locale: string;
  portalName: string;
  text: (typeof TEXT)['en'];
  status(name: unknown): string;
  requestType(id: unknown, name: unknown): string;
  date(value: unknown): string;
}

/** The persona's language (or the `locale` cookie's) and time zone, and the translations for it. */
export function portalChrome(sandbox: ServedSandbox, persona: string, localeCookie?: string): PortalChrome {
  const user = sandbox.users().find((u) => u.accountId === persona);
  const locale = localeCookie ?? user?.locale ?? 'en-US';
  const lang = locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const tr = PORTAL.translations[lang];
  const timeZone = user?.timezone ?? 'UTC';
  const fmt = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
  return {
    lang,
    locale,
    portalName: PORTAL.name,
    text: TEXT[lang],
    status: (name) => {
      const id = STATUSES.find((s) => s.name === name)?.id;
      return (id && tr?.statuses[id]) || String(name ?? '');
    },
    requestType: (id, name) => {
      const known = REQUEST_TYPES.find((r) => r.id === String(id));
      return (known && tr?.requestTypes[known.id]) || String(name ?? '');
    },
    date: (value) => {
      const v = value as { epochMillis?: number; iso8601?: string } | string | null | undefined;
      const ms = typeof v === 'string' ? Date.parse(v) : (v?.epochMillis ?? Date.parse(v?.iso8601 ?? ''));
      return Number.isFinite(ms) ? fmt.format(new Date(ms)) : '';
    },
  };
}
