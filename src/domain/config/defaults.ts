import { DEFAULT_IMPACT_ALIASES, DEFAULT_URGENCY_ALIASES } from './levels';
import { CONFIG_SCHEMA_VERSION, type Config } from './schema';

/** The closing reasons of a fresh installation (and of a configuration migrated from before they existed). */
export const DEFAULT_CLOSE_REASONS: Config['escalation']['closeReasons'] = [
  { id: 'resolved', label: { fr: 'Résolu', en: 'Resolved' }, noteRequired: false },
  { id: 'workaround', label: { fr: 'Contournement fourni', en: 'Workaround given' }, noteRequired: false },
  { id: 'not-justified', label: { fr: 'Escalade non justifiée', en: 'Not justified' }, noteRequired: false },
  { id: 'other', label: { fr: 'Autre', en: 'Other' }, noteRequired: true },
];

/**
 * The configuration a fresh installation runs with: the support policy of the seed page.
 * Delays are in hours of the configured timer (business hours by default).
 */
export const DEFAULT_CONFIG: Config = {
  schemaVersion: CONFIG_SCHEMA_VERSION,
  language: 'fr',
  projects: [],
  fields: {
    impactNames: ['Impact'],
    urgencyNames: ['Urgency', 'Urgence'],
    impactFieldId: null,
    urgencyFieldId: null,
    impactAliases: DEFAULT_IMPACT_ALIASES,
    urgencyAliases: DEFAULT_URGENCY_ALIASES,
  },
  timer: { mode: 'business', slaName: null },
  calendar: {
    timezone: 'Europe/Paris',
    workingDays: [1, 2, 3, 4, 5],
    hours: [{ start: '08:30', end: '18:00' }],
    holidaysCountry: 'FR',
    closedDates: [],
  },
  matrix: {
    extensive: { critical: 'critical', high: 2, medium: 4, low: 8, lowest: 16 },
    significant: { critical: 2, high: 4, medium: 8, low: 16, lowest: 24 },
    moderate: { critical: 4, high: 8, medium: 16, low: 24, lowest: 40 },
    minor: { critical: 8, high: 16, medium: 24, low: 40, lowest: 40 },
  },
  defaultDelayHours: 24,
  critical: {
    requestTypeIds: [],
    priorities: [],
    phone: '03 88 64 50 50',
    openingHours: {
      fr: 'du lundi au vendredi, de 8\u00a0h\u00a030 à 18\u00a0h (heure de Paris)',
      en: 'Monday to Friday, 8:30 am to 6 pm (Paris time)',
    },
    message: {
      fr: 'La solution est hors service pour tous les utilisateurs d\u2019un même site\u202f: l\u2019escalade se fait par téléphone, pour une prise en charge immédiate.',
      en: 'The solution is down for every user of a site: escalation goes by phone, for immediate handling.',
    },
  },
  portal: { showEligibleAt: true },
  followUp: {
    cooldownMinutes: 30,
    fallbackRecipients: { groups: [], accountIds: [] },
    fallbackToProjectLead: true,
    requiredBeforeEscalation: false,
  },
  escalation: {
    reasons: [
      { id: 'no-answer', label: { fr: 'Pas de réponse', en: 'No answer' }, detailsRequired: false },
      {
        id: 'too-slow',
        label: { fr: 'Résolution trop longue', en: 'Resolution taking too long' },
        detailsRequired: false,
      },
      {
        id: 'impact-increased',
        label: { fr: 'L\u2019impact métier a augmenté', en: 'Business impact increased' },
        detailsRequired: false,
      },
      { id: 'other', label: { fr: 'Autre', en: 'Other' }, detailsRequired: true },
    ],
    detailsMin: 10,
    detailsMax: 2000,
    levels: [
      { notifyAssignee: true, recipients: { groups: [], accountIds: [] } },
      { notifyAssignee: true, recipients: { groups: [], accountIds: [] } },
    ],
    nextLevelDelayHours: 8,
    effects: {
      issueProperty: true,
      label: true,
      labelName: 'escalade',
      internalComment: true,
      notify: true,
      raisePriority: false,
      transition: false,
      transitionId: null,
      publicComment: false,
    },
    notifyCustomerOnAcknowledge: false,
    notifyCustomerOnClose: false,
    closeReasons: DEFAULT_CLOSE_REASONS,
    acknowledgeWithinHours: 4,
    autoRaiseOnAcknowledgeTimeout: false,
    autoOnSlaBreach: { enabled: false, slaName: null },
  },
  policies: [],
};
