import type { Config, FieldError } from '../../../../src/contract';
import { getIn, type Path } from '../draft';
import { isUnder } from '../editor-state';

/**
 * The page's sections, one tab each, in order, with the config values each one edits. A tab is marked
 * with the errors under its section's paths and with unsaved changes when one of its values differs
 * from the stored configuration. (The preview sits in the matrix's tab, beside what it previews.)
 */
export interface SectionInfo {
  id: string;
  titleKey: string;
  paths: Path[];
}

export const SECTIONS: readonly SectionInfo[] = [
  { id: 'general', titleKey: 'admin.general.title', paths: ['language', 'projects', 'schemaVersion'] },
  { id: 'fields', titleKey: 'admin.fields.title', paths: ['fields'] },
  { id: 'matrix', titleKey: 'admin.matrix.title', paths: ['matrix', 'defaultDelayHours'] },
  { id: 'timer', titleKey: 'admin.timer.title', paths: ['timer'] },
  { id: 'calendar', titleKey: 'admin.calendar.title', paths: ['calendar'] },
  { id: 'critical', titleKey: 'admin.critical.title', paths: ['critical'] },
  { id: 'portal', titleKey: 'admin.portal.title', paths: ['portal'] },
  { id: 'followUp', titleKey: 'admin.followUp.title', paths: ['followUp'] },
  {
    id: 'reasons',
    titleKey: 'admin.reasons.title',
    paths: ['escalation.reasons', 'escalation.detailsMin', 'escalation.detailsMax', 'escalation.closeReasons'],
  },
  {
    id: 'levels',
    titleKey: 'admin.levels.title',
    paths: [
      'escalation.levels',
      'escalation.nextLevelDelayHours',
      'escalation.acknowledgeWithinHours',
      'escalation.autoRaiseOnAcknowledgeTimeout',
      'escalation.autoOnSlaBreach',
    ],
  },
  {
    id: 'effects',
    titleKey: 'admin.effects.title',
    paths: ['escalation.effects', 'escalation.notifyCustomerOnAcknowledge', 'escalation.notifyCustomerOnClose'],
  },
  { id: 'policies', titleKey: 'admin.policies.title', paths: ['policies'] },
  { id: 'transfer', titleKey: 'admin.transfer.title', paths: [] },
];

/** The DOM id of a section element. */
export const sectionDomId = (id: string) => `section-${id}`;

export interface SectionMarks {
  errors: number;
  unsaved: boolean;
}

/** Error count and unsaved flag of one section. */
export function marksOf(section: SectionInfo, errors: FieldError[], draft: Config, saved: Config): SectionMarks {
  return {
    errors: errors.filter((e) => section.paths.some((p) => isUnder(e.path, p))).length,
    unsaved: section.paths.some((p) => JSON.stringify(getIn(draft, p)) !== JSON.stringify(getIn(saved, p))),
  };
}
