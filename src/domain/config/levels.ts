/**
 * The canonical Impact and Urgency levels of JSM's standard fields, in order of severity.
 * The matrix is keyed by these ids; a site's option values (names in either language, or
 * option ids) are mapped onto them through `aliases` in the configuration.
 */
export const IMPACT_LEVELS = ['extensive', 'significant', 'moderate', 'minor'] as const;
export const URGENCY_LEVELS = ['critical', 'high', 'medium', 'low', 'lowest'] as const;

export type ImpactLevel = (typeof IMPACT_LEVELS)[number];
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

/** Option names JSM ships for each level, in English and French, plus common short forms. */
export const DEFAULT_IMPACT_ALIASES: Record<ImpactLevel, string[]> = {
  extensive: ['Extensive / Widespread', 'Extensive', 'Widespread', 'Étendu / Généralisé', 'Étendu', 'Généralisé'],
  significant: ['Significant / Large', 'Significant', 'Large', 'Important / Grand', 'Important', 'Significatif'],
  moderate: ['Moderate / Limited', 'Moderate', 'Limited', 'Modéré / Limité', 'Modéré', 'Limité'],
  minor: ['Minor / Localized', 'Minor', 'Localized', 'Mineur / Localisé', 'Mineur', 'Localisé'],
};

export const DEFAULT_URGENCY_ALIASES: Record<UrgencyLevel, string[]> = {
  critical: ['Critical', 'Critique'],
  high: ['High', 'Haute', 'Élevée', 'Elevée'],
  medium: ['Medium', 'Moyenne'],
  low: ['Low', 'Basse', 'Faible'],
  lowest: ['Lowest', 'Très basse', 'Très faible'],
};
