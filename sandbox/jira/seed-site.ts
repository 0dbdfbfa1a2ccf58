/** The seed's site: ids, the service desk, request types, fields and options, priorities and the workflow. */
import SEED_FIELDS from '../data/seed/fields.json';
export const SITE_URL = 'https://escalade-sandbox.atlassian.net';
export const CLOUD_ID = 'a1b2c3d4-0000-4000-8000-escaladesbx01';
export const APP_ACCOUNT_ID = 'app-escalade';

export const PROJECT = { id: '10000', key: 'SUP', name: 'Support', projectTypeKey: 'service_desk' } as const;
export const SERVICE_DESK = { id: '1', projectId: PROJECT.id, projectKey: PROJECT.key, projectName: PROJECT.name };
/**
 * The second service project: managed services ("Infogérance"), with its own request types and its own lead
 * (Dave; SUP's is Frank). Its requests are numbered on their own (INF-1, INF-2…); the seed creates none, so the
 * seeded requests are SUP's only.
 */
export const SECOND_PROJECT = { id: '10100', key: 'INF', name: 'Infogérance', projectTypeKey: 'service_desk' } as const;
export const SECOND_SERVICE_DESK = {
  id: '2',
  projectId: SECOND_PROJECT.id,
  projectKey: SECOND_PROJECT.key,
  projectName: SECOND_PROJECT.name,
};
export const SERVICE_PROJECTS = [PROJECT, SECOND_PROJECT];
export interface ServiceDeskDef {
  id: string;
  projectId: string;
  projectKey: string;
  projectName: string;
}
export const SERVICE_DESKS: ServiceDeskDef[] = [SERVICE_DESK, SECOND_SERVICE_DESK];
/** Each service project's lead (GET /rest/api/3/project/{key}): two different agents. */
export const PROJECT_LEADS: Record<string, string> = {
  [PROJECT.key]: 'admin-frank',
  [SECOND_PROJECT.key]: 'agent-dave',
};

export const ISSUE_TYPES = {
  incident: { id: '10001', name: 'Incident', description: 'Un problème ou une interruption de service.' },
  serviceRequest: { id: '10002', name: 'Service Request', description: 'Une demande de service.' },
} as const;

export interface RequestTypeDef {
  id: string;
  name: string;
  description: string;
  helpText: string;
  issueTypeId: string;
  /** The service desk whose portal offers it (request type ids are unique across the site). */
  serviceDeskId: string;
}
export const REQUEST_TYPES: RequestTypeDef[] = [
  {
    id: '10',
    name: 'Incident',
    description: 'Signaler un incident ou une panne.',
    helpText: 'Décrivez ce qui ne fonctionne pas et depuis quand.',
    issueTypeId: ISSUE_TYPES.incident.id,
    serviceDeskId: SERVICE_DESK.id,
  },
  {
    id: '11',
    name: 'Service request',
    description: 'Demander une aide ou un service.',
    helpText: 'Dites-nous ce dont vous avez besoin.',
    issueTypeId: ISSUE_TYPES.serviceRequest.id,
    serviceDeskId: SERVICE_DESK.id,
  },
  {
    id: '20',
    name: 'Production outage',
    description: 'Un service en production est arrêté.',
    helpText: 'Quel service, depuis quand, combien d’utilisateurs touchés ?',
    issueTypeId: ISSUE_TYPES.incident.id,
    serviceDeskId: SECOND_SERVICE_DESK.id,
  },
  {
    id: '21',
    name: 'Change request',
    description: 'Demander un changement planifié sur un service géré.',
    helpText: 'Décrivez le changement et la date souhaitée.',
    issueTypeId: ISSUE_TYPES.serviceRequest.id,
    serviceDeskId: SECOND_SERVICE_DESK.id,
  },
];

/** The service desk (project) of a request, from its key's prefix; SUP for anything else. */
export const serviceDeskOfKey = (issueKey: string) =>
  SERVICE_DESKS.find((d) => d.projectKey === issueKey.split('-')[0]) ?? SERVICE_DESK;
export const projectOfKey = (issueKey: string) =>
  SERVICE_PROJECTS.find((p) => p.key === issueKey.split('-')[0]) ?? PROJECT;

export const FIELD_IDS = {
  requestType: 'customfield_10010',
  participants: 'customfield_10026',
  impact: 'customfield_10050',
  urgency: 'customfield_10051',
  organizations: 'customfield_10002',
} as const;

/** The id of a seeded field named by its role in `sandbox/data/seed/fields.json`; an unknown role fails loudly. */
export function fieldIdOf(role: string): string {
  if (!(role in FIELD_IDS)) throw new Error(`sandbox/data/seed/fields.json: unknown field "${role}"`);
  return FIELD_IDS[role as keyof typeof FIELD_IDS];
}

/**
 * JSM customer organizations: Alice's and Bob's companies, on different support contracts (Transports Martin on the
 * standard one, Durand Conseil on Platinum: the app's policies tell them apart, JSM knows only the names). Their
 * requests carry their organization in the Organizations field (`com.atlassian.servicedesk:sd-customer-organizations`),
 * as when a customer shares a request with their organization on the portal. `serviceDeskIds`: the service projects
 * each is added to (GET /rest/servicedeskapi/servicedesk/{id}/organization).
 */
export const ORGANIZATIONS = [
  { id: '1', name: 'Transports Martin', contract: 'Standard', members: ['customer-alice'], serviceDeskIds: ['1'] },
  { id: '2', name: 'Durand Conseil', contract: 'Platinum', members: ['customer-bob'], serviceDeskIds: ['1', '2'] },
] as const;

/** The organizations a customer belongs to (ids). */
export const organizationsOf = (accountId: string): string[] =>
  ORGANIZATIONS.filter((o) => (o.members as readonly string[]).includes(accountId)).map((o) => o.id);

export interface SelectFieldDef {
  id: string;
  name: string;
  contextId: string;
  options: { id: string; value: string }[];
}
/** The impact and urgency select fields and their options (`sandbox/data/seed/fields.json`). */
export const SELECT_FIELDS: SelectFieldDef[] = SEED_FIELDS.select.map(({ field, ...f }) => ({
  id: fieldIdOf(field),
  ...f,
}));

export const PRIORITIES = [
  { id: '1', name: 'Highest', statusColor: '#d04437' },
  { id: '2', name: 'High', statusColor: '#f15C75' },
  { id: '3', name: 'Medium', statusColor: '#f79232' },
  { id: '4', name: 'Low', statusColor: '#707070' },
  { id: '5', name: 'Lowest', statusColor: '#999999' },
];

export type CategoryKey = 'new' | 'indeterminate' | 'done';
export const STATUS_CATEGORIES: Record<CategoryKey, { id: number; key: CategoryKey; colorName: string; name: string }> =
  {
    new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
    indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
    done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
  };

export const STATUSES = [
  { id: '1', name: 'Open', category: 'new' as CategoryKey },
  { id: '3', name: 'In progress', category: 'indeterminate' as CategoryKey },
  { id: '10001', name: 'Waiting for customer', category: 'indeterminate' as CategoryKey },
  { id: '5', name: 'Resolved', category: 'done' as CategoryKey },
];
export const STATUS = { open: '1', inProgress: '3', waiting: '10001', resolved: '5' } as const;

/** The workflow: `from` lists the statuses where the transition is offered. */
export const TRANSITIONS: { id: string; name: string; to: string; from: string[] }[] = [
  { id: '11', name: 'Start progress', to: STATUS.inProgress, from: [STATUS.open, STATUS.waiting] },
  { id: '21', name: 'Escalate', to: STATUS.inProgress, from: [STATUS.open, STATUS.inProgress, STATUS.waiting] },
  { id: '31', name: 'Resolve', to: STATUS.resolved, from: [STATUS.open, STATUS.inProgress, STATUS.waiting] },
  { id: '41', name: 'Wait for customer', to: STATUS.waiting, from: [STATUS.open, STATUS.inProgress] },
  { id: '51', name: 'Reopen', to: STATUS.open, from: [STATUS.resolved] },
];

/**
 * The customer portal as its customers know it: its name (the support page calls it "myService") and the
 * project's translations ("Project settings → Language support": the portal name, request type names and
 * customer-visible status names can be translated; a customer sees the portal in their profile's language,
 * or the project's default language when there is no translation). Change them here to rename the portal.
 */
export const PORTAL = {
  name: 'myService',
  translations: {
    fr: {
      statuses: { '1': 'Ouvert', '3': 'En cours', '10001': 'En attente du client', '5': 'Résolu' } as Record<
        string,
        string
      >,
      requestTypes: {
        '10': 'Incident',
        '11': 'Demande de service',
        '20': 'Panne de production',
        '21': 'Demande de changement',
      } as Record<string, string>,
    },
  } as Record<string, { statuses: Record<string, string>; requestTypes: Record<string, string> }>,
};
