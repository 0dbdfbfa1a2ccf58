/**
 * The sandbox host's own words (top bar, Jira issue page, refusals, module page titles) in the persona's
 * language, or the `locale` cookie's, as Jira and the portal speak the language of the user's profile.
 * Module page titles come from the manifest's `title: { i18n: key }`, resolved in the app's `locales/`
 * (the manifest's `translations` resources), as Jira resolves them.
 */
import { formatDateTimeInZone, safeZone } from '../../src/i18n/dates';
import { langOf, translate, type Lang } from '../../src/i18n/translate';

const TEXT = {
  fr: {
    sandbox: 'Bac à sable Escalade',
    admin: 'Administration',
    queue: 'File des escalades',
    outbox: 'Courriels envoyés',
    persona: 'Profil',
    clock: 'Horloge du bac à sable',
    plusHour: '+1 h',
    plusDay: '+1 jour',
    plusWeek: '+1 semaine',
    // The Jira issue page.
    projects: 'Projets',
    activity: 'Activité',
    noComments: 'Aucun commentaire.',
    comment: 'Commentaire',
    internalNote: 'Note interne',
    replyToCustomer: 'Réponse au client',
    save: 'Enregistrer',
    status: 'Statut',
    assignee: 'Responsable',
    unassigned: 'Non attribué',
    reporter: 'Rapporteur',
    priority: 'Priorité',
    impact: 'Impact',
    urgency: 'Urgence',
    labels: 'Étiquettes',
    // A request the persona may not see.
    notAvailable: 'Demande inaccessible',
    cannotView: 'Vous ne pouvez pas voir cette demande',
    cannotViewWhy: (key: string, who: string, status: number) =>
      `${key} n’existe pas, ou ${who} n’a pas le droit de la voir (HTTP ${status}).`,
    back: 'Retour aux demandes',
    // The dashboard page around the gadget.
    dashboard: 'Tableau de bord',
    editGadget: 'Modifier le gadget',
    cancel: 'Annuler',
  },
  en: {
    sandbox: 'Escalade sandbox',
    admin: 'Admin',
    queue: 'Queue',
    outbox: 'Outbox',
    persona: 'Persona',
    clock: 'Sandbox clock',
    plusHour: '+1 h',
    plusDay: '+1 day',
    plusWeek: '+1 week',
    projects: 'Projects',
    activity: 'Activity',
    noComments: 'No comments.',
    comment: 'Comment',
    internalNote: 'Internal note',
    replyToCustomer: 'Reply to customer',
    save: 'Save',
    status: 'Status',
    assignee: 'Assignee',
    unassigned: 'Unassigned',
    reporter: 'Reporter',
    priority: 'Priority',
    impact: 'Impact',
    urgency: 'Urgency',
    labels: 'Labels',
    notAvailable: 'Not available',
    cannotView: 'You can’t view this request',
    cannotViewWhy: (key: string, who: string, status: number) =>
      `${key} does not exist, or ${who} is not allowed to see it (HTTP ${status}).`,
    back: 'Back to the requests',
    dashboard: 'Dashboard',
    editGadget: 'Edit gadget',
    cancel: 'Cancel',
  },
};

export type HostText = (typeof TEXT)['en'];

export interface HostChrome {
  lang: Lang;
  /** BCP 47, for `<html lang>`. */
  locale: string;
  text: HostText;
  /** The manifest title of a module (`module.admin.title`…) in this language. */
  moduleTitle(module: 'admin' | 'queue'): string;
}

export function hostChrome(personaLocale: string | undefined, localeCookie?: string): HostChrome {
  const lang = langOf(localeCookie ?? personaLocale ?? 'en-US');
  return {
    lang,
    locale: lang === 'fr' ? 'fr-FR' : 'en-US',
    text: TEXT[lang],
    moduleTitle: (module) => translate(lang, `module.${module}.title`),
  };
}

/**
 * The clock as the persona reads it, in their zone named in words, then in UTC for the developer:
 * "21 déc. à 09:00 (heure de Paris) · 08:00 UTC". A persona in UTC gets one reading.
 */
export function clockReadings(iso: string, lang: Lang, timezone: string | undefined): { persona: string; utc: string } {
  const zone = safeZone(timezone) ?? 'UTC';
  const now = new Date(iso);
  const persona = formatDateTimeInZone(iso, lang, zone, now);
  const utc = zone === 'UTC' || zone === 'Etc/UTC' ? '' : `${iso.slice(11, 16)} UTC`;
  return { persona, utc };
}
