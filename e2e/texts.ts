/** The texts the scenarios expect on screen, per language (literal, from the product spec and locales/). */
export type Lang = 'fr' | 'en';

export interface Texts {
  locale: string;
  link: string;
  eligibleAt: string;
  escalatedLine: string;
  /** Customers read no level numbers (the support page counts the follow-up as the first level). */
  escalatedReason: string;
  reason: string;
  details: string;
  criticalTitle: string;
  resolved: string;
  timelineEscalation: string;
  adminTitle: string;
  version: (n: number) => string;
  saved: (n: number) => string;
  previewHours: (h: number) => string;
  nothingSaved: string;
  followUpOne: string;
  gadgetEscalations: string;
  acknowledge: string;
  closeEscalation: string;
  tooLarge: string;
  reloadTitle: string;
  statusInProgress: string;
  serviceRequest: string;
  monthPattern: RegExp;
  /** The sandbox host's own words (top bar, Jira page) in the persona's language. */
  host: { clock: string; zone: string; plusWeek: string; assignee: string; activity: string; adminPage: string };
  /** Admin tab names (the section titles). */
  tabs: { matrix: string; calendar: string; critical: string; general: string; policies: string };
  /** A policy's override sections (admin page, support policies tab). */
  policy: { inherits: string; overridden: string };
}

export const TEXTS: Record<Lang, Texts> = {
  fr: {
    locale: 'fr-FR',
    link: 'Escalader mon ticket',
    eligibleAt: 'Escalade possible à partir du',
    escalatedLine: 'Demande escaladée le',
    escalatedReason: 'Motif\u202f: Pas de réponse',
    reason: 'Pas de réponse',
    details: 'Toujours aucune nouvelle après une semaine, merci de regarder.',
    criticalTitle: 'Incident critique',
    resolved: 'Cette demande est résolue.',
    timelineEscalation: 'Escalade au niveau 1 par',
    adminTitle: 'Paramètres d’Escalade',
    version: (n) => `Version ${n}`,
    saved: (n) => `Paramètres enregistrés (version ${n}).`,
    previewHours: (h) => `(${h} h de délai)`,
    nothingSaved: 'Rien n’a été enregistré.',
    followUpOne: 'Une relance, le',
    gadgetEscalations: 'Escalades',
    acknowledge: 'Prendre en charge',
    closeEscalation: 'Clore l’escalade',
    tooLarge: 'Saisissez une valeur d’au plus 8\u202f760.',
    reloadTitle: 'Abandonner vos modifications\u202f?',
    statusInProgress: 'En cours',
    serviceRequest: 'Demande de service',
    monthPattern: /\b(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.?\s\d{4}/,
    host: {
      clock: 'Horloge du bac à sable',
      zone: '(heure de Paris)',
      plusWeek: '+1 semaine',
      assignee: 'Responsable',
      activity: 'Activité',
      adminPage: 'Paramètres d’Escalade',
    },
    tabs: {
      general: 'Projets de service et langue',
      matrix: 'Délai avant escalade',
      calendar: 'Calendrier ouvré',
      critical: 'Demandes critiques',
      policies: 'Politiques de support',
    },
    policy: { inherits: 'Hérite de la politique par défaut', overridden: 'Propre à cette politique' },
  },
  en: {
    locale: 'en-US',
    link: 'Escalate my request',
    eligibleAt: 'Escalation possible from',
    escalatedLine: 'Request escalated on',
    escalatedReason: 'Reason: No answer',
    reason: 'No answer',
    details: 'Still no news after a week, please have a look.',
    criticalTitle: 'Critical incident',
    resolved: 'This request is resolved.',
    timelineEscalation: 'Escalated to level 1 by',
    adminTitle: 'Escalade settings',
    version: (n) => `Version ${n}`,
    saved: (n) => `Settings saved (version ${n}).`,
    previewHours: (h) => `(${h} h of delay)`,
    nothingSaved: 'Nothing was saved.',
    followUpOne: 'One follow-up, on',
    gadgetEscalations: 'Escalations',
    acknowledge: 'Acknowledge',
    closeEscalation: 'Close escalation',
    tooLarge: 'Enter a value of at most 8,760.',
    reloadTitle: 'Discard your changes?',
    statusInProgress: 'In progress',
    serviceRequest: 'Service request',
    monthPattern: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s\d{1,2},\s\d{4}/,
    host: {
      clock: 'Sandbox clock',
      zone: '(Paris time)',
      plusWeek: '+1 week',
      assignee: 'Assignee',
      activity: 'Activity',
      adminPage: 'Escalade settings',
    },
    tabs: {
      general: 'Service projects and language',
      matrix: 'Delay before escalation',
      calendar: 'Business calendar',
      critical: 'Critical requests',
      policies: 'Support policies',
    },
    policy: { inherits: 'Inherits from the default policy', overridden: 'Specific to this policy' },
  },
};
