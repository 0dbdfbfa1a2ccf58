import type { Config } from '../../../../src/contract';

/**
 * A complete, valid configuration for component tests. Typed as Config, so a schema change that
 * the editor must follow breaks this file at compile time. (The UI may not import the backend's defaults.)
 */
export function configFixture(): Config {
  return {
    schemaVersion: 6,
    language: 'fr',
    projects: ['SUP'],
    fields: {
      impactNames: ['Impact'],
      urgencyNames: ['Urgency', 'Urgence'],
      impactFieldId: null,
      urgencyFieldId: null,
      impactAliases: {
        extensive: ['Extensive / Widespread', 'Extensive'],
        significant: ['Significant / Large', 'Significant'],
        moderate: ['Moderate / Limited', 'Moderate'],
        minor: ['Minor / Localized', 'Minor'],
      },
      urgencyAliases: { critical: ['Critical'], high: ['High'], medium: ['Medium'], low: ['Low'], lowest: ['Lowest'] },
    },
    timer: { mode: 'business', slaName: null },
    calendar: {
      timezone: 'Europe/Paris',
      workingDays: [1, 2, 3, 4, 5],
      hours: [{ start: '08:30', end: '18:00' }],
      holidaysCountry: 'FR',
      closedDates: ['2025-12-26'],
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
      openingHours: { fr: 'du lundi au vendredi, de 8 h 30 à 18 h', en: 'Monday to Friday, 8:30 am to 6 pm' },
      message: { fr: 'Appelez le support.', en: 'Call support.' },
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
        { id: 'other', label: { fr: 'Autre', en: 'Other' }, detailsRequired: true },
      ],
      detailsMin: 10,
      detailsMax: 2000,
      levels: [
        { notifyAssignee: true, recipients: { groups: [], accountIds: [] } },
        { notifyAssignee: true, recipients: { groups: ['support-leads'], accountIds: [] } },
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
      closeReasons: [
        { id: 'resolved', label: { fr: 'Résolu', en: 'Resolved' }, noteRequired: false },
        { id: 'other', label: { fr: 'Autre', en: 'Other' }, noteRequired: true },
      ],
      acknowledgeWithinHours: 4,
      autoRaiseOnAcknowledgeTimeout: false,
      autoOnSlaBreach: { enabled: false, slaName: null },
    },
    policies: [],
  };
}
