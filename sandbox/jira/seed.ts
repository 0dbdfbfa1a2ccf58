/**
 * The fixed seed of the fake Jira/JSM site (see /work/briefs/sandbox-contract.md): one service desk, its request
 * types, fields, priorities, workflow, personas and the requests SUP-1..SUP-7. Other code and tests rely on these
 * exact ids and values.
 */
import type { CommentRow, IssueRow, SandboxUser } from './types';
import { adfText } from './adf';

export const SITE_URL = 'https://escalade-sandbox.atlassian.net';
export const CLOUD_ID = 'a1b2c3d4-0000-4000-8000-escaladesbx01';
export const APP_ACCOUNT_ID = 'app-escalade';

export const PROJECT = { id: '10000', key: 'SUP', name: 'Support', projectTypeKey: 'service_desk' } as const;
export const SERVICE_DESK = { id: '1', projectId: PROJECT.id, projectKey: PROJECT.key, projectName: PROJECT.name };

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
}
export const REQUEST_TYPES: RequestTypeDef[] = [
  {
    id: '10',
    name: 'Incident',
    description: 'Signaler un incident ou une panne.',
    helpText: 'Décrivez ce qui ne fonctionne pas et depuis quand.',
    issueTypeId: ISSUE_TYPES.incident.id,
  },
  {
    id: '11',
    name: 'Service request',
    description: 'Demander une aide ou un service.',
    helpText: 'Dites-nous ce dont vous avez besoin.',
    issueTypeId: ISSUE_TYPES.serviceRequest.id,
  },
];

export const FIELD_IDS = {
  requestType: 'customfield_10010',
  participants: 'customfield_10026',
  impact: 'customfield_10050',
  urgency: 'customfield_10051',
} as const;

export interface SelectFieldDef {
  id: string;
  name: string;
  contextId: string;
  options: { id: string; value: string }[];
}
export const IMPACT_FIELD: SelectFieldDef = {
  id: FIELD_IDS.impact,
  name: 'Impact',
  contextId: '10150',
  options: [
    { id: '10100', value: 'Extensive / Widespread' },
    { id: '10101', value: 'Significant / Large' },
    { id: '10102', value: 'Moderate / Limited' },
    { id: '10103', value: 'Minor / Localized' },
  ],
};
export const URGENCY_FIELD: SelectFieldDef = {
  id: FIELD_IDS.urgency,
  name: 'Urgency',
  contextId: '10151',
  options: [
    { id: '10110', value: 'Critical' },
    { id: '10111', value: 'High' },
    { id: '10112', value: 'Medium' },
    { id: '10113', value: 'Low' },
  ],
};
export const SELECT_FIELDS = [IMPACT_FIELD, URGENCY_FIELD];

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

export const GROUPS = ['jira-servicemanagement-users', 'support-managers', 'jira-administrators'];
export const AGENT_GROUP = 'jira-servicemanagement-users';
export const ADMIN_GROUP = 'jira-administrators';

const user = (
  accountId: string,
  displayName: string,
  accountType: SandboxUser['accountType'],
  emailAddress: string,
  groups: string[],
  locale: string,
): SandboxUser => ({ accountId, displayName, accountType, emailAddress, groups, locale, timezone: 'Europe/Paris' });

export const USERS: SandboxUser[] = [
  user('customer-alice', 'Alice Martin', 'customer', 'alice@example.com', [], 'fr-FR'),
  user('customer-bob', 'Bob Durand', 'customer', 'bob@example.com', [], 'en-US'),
  user('unlicensed-carol', 'Carol Petit', 'unlicensed', 'carol@example.com', [], 'en-US'),
  user('agent-dave', 'Dave Leroy', 'licensed', 'dave@example.com', [AGENT_GROUP], 'fr-FR'),
  user('agent-erin', 'Erin Moreau', 'licensed', 'erin@example.com', [AGENT_GROUP, 'support-managers'], 'en-US'),
  user('admin-frank', 'Frank Bernard', 'licensed', 'frank@example.com', [ADMIN_GROUP, AGENT_GROUP], 'fr-FR'),
  user(APP_ACCOUNT_ID, 'Escalade', 'app', '', [], 'en-US'),
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface SeedComment {
  author: string;
  text: string;
  public: boolean;
  agoMs: number;
}
interface SeedRequest {
  row: Omit<IssueRow, 'id' | 'key' | 'created' | 'updated' | 'statusDate' | 'resolutionDate' | 'creator' | 'watchers'>;
  agoMs: number;
  comments: SeedComment[];
}

const SEED: SeedRequest[] = [
  {
    agoMs: 1 * HOUR,
    row: {
      summary: "Impossible d'ouvrir l'application : erreur au lancement pour tous les utilisateurs",
      description:
        "Depuis ce matin 9 h, l'application affiche « Erreur 500 » au démarrage sur tous les postes du site de Strasbourg. Plus personne ne peut travailler.",
      requestTypeId: '10',
      statusId: STATUS.open,
      reporter: 'customer-alice',
      assignee: 'agent-dave',
      participants: [],
      priorityId: '1',
      impactOptionId: '10100',
      urgencyOptionId: '10110',
      labels: [],
    },
    comments: [],
  },
  {
    agoMs: 0,
    row: {
      summary: "L'export PDF des factures est très lent",
      description:
        "Depuis la dernière mise à jour, l'export PDF d'une facture prend plus de deux minutes. Le service comptable est ralenti mais peut continuer.",
      requestTypeId: '10',
      statusId: STATUS.open,
      reporter: 'customer-alice',
      assignee: 'agent-dave',
      participants: [],
      priorityId: '3',
      impactOptionId: '10102',
      urgencyOptionId: '10112',
      labels: [],
    },
    comments: [],
  },
  {
    agoMs: 14 * DAY,
    row: {
      summary: 'La synchronisation des stocks échoue chaque nuit',
      description:
        "Le traitement nocturne de synchronisation des stocks s'arrête avec l'erreur « timeout » depuis lundi. Les stocks affichés le matin sont faux pour trois entrepôts.",
      requestTypeId: '10',
      statusId: STATUS.inProgress,
      reporter: 'customer-alice',
      assignee: 'agent-dave',
      participants: [],
      priorityId: '2',
      impactOptionId: '10101',
      urgencyOptionId: '10111',
      labels: [],
    },
    comments: [
      {
        author: 'agent-dave',
        text: 'Bonjour Alice, nous analysons les journaux du traitement nocturne et revenons vers vous rapidement.',
        public: true,
        agoMs: 13 * DAY,
      },
      {
        author: 'agent-dave',
        text: 'Note interne : le timeout vient probablement de la nouvelle base de l’entrepôt de Lyon.',
        public: false,
        agoMs: 13 * DAY - 2 * HOUR,
      },
      {
        author: 'customer-alice',
        text: "Bonjour, avez-vous des nouvelles ? Le problème s'est encore produit cette nuit.",
        public: true,
        agoMs: 7 * DAY,
      },
    ],
  },
  {
    agoMs: 21 * DAY,
    row: {
      summary: "Création d'un accès pour une nouvelle collaboratrice",
      description:
        'Merci de créer un compte pour Mme Julie Lambert (service achats), avec les mêmes droits que M. Paul Girard. Elle arrive lundi.',
      requestTypeId: '11',
      statusId: STATUS.inProgress,
      reporter: 'customer-alice',
      assignee: 'agent-erin',
      participants: [],
      priorityId: '3',
      impactOptionId: '10102',
      urgencyOptionId: '10111',
      labels: [],
    },
    comments: [
      {
        author: 'agent-erin',
        text: 'Hello Alice, the request is with the accounts team. We will confirm once the account exists.',
        public: true,
        agoMs: 20 * DAY,
      },
    ],
  },
  {
    agoMs: 10 * DAY,
    row: {
      summary: 'Ajouter un champ « Référence client » sur le bon de commande',
      description:
        'Nous souhaiterions voir la référence client imprimée en haut à droite du bon de commande. Ce n’est pas urgent.',
      requestTypeId: '11',
      statusId: STATUS.open,
      reporter: 'customer-bob',
      assignee: null,
      participants: [],
      priorityId: '4',
      impactOptionId: '10103',
      urgencyOptionId: '10113',
      labels: [],
    },
    comments: [],
  },
  {
    agoMs: 30 * DAY,
    row: {
      summary: "Message d'erreur à la connexion après le changement de mot de passe",
      description:
        'Après avoir changé mon mot de passe, la connexion affiche « identifiants invalides » alors que le nouveau mot de passe est correct.',
      requestTypeId: '10',
      statusId: STATUS.resolved,
      reporter: 'customer-bob',
      assignee: 'agent-dave',
      participants: [],
      priorityId: '3',
      impactOptionId: '10102',
      urgencyOptionId: '10112',
      labels: [],
    },
    comments: [
      {
        author: 'agent-dave',
        text: 'Bonjour Bob, le cache des sessions a été vidé : vous pouvez de nouveau vous connecter. Nous clôturons la demande.',
        public: true,
        agoMs: 28 * DAY,
      },
    ],
  },
  {
    agoMs: 1 * HOUR,
    row: {
      summary: "Mise à jour de l'adresse de livraison de l'agence de Colmar",
      description:
        "L'agence de Colmar a déménagé au 12 rue des Clefs. Merci de mettre à jour l'adresse de livraison par défaut. Carol suit le dossier avec moi.",
      requestTypeId: '11',
      statusId: STATUS.open,
      reporter: 'customer-bob',
      assignee: 'agent-dave',
      participants: ['unlicensed-carol'],
      priorityId: '4',
      impactOptionId: '10103',
      urgencyOptionId: '10112',
      labels: [],
    },
    comments: [],
  },
];

/** The seeded issues and comments, dated relative to `nowMs`. Comment ids are numbered from `firstCommentId`. */
export function seedData(nowMs: number, firstCommentId: number): { issues: IssueRow[]; comments: CommentRow[] } {
  const issues: IssueRow[] = [];
  const comments: CommentRow[] = [];
  let commentId = firstCommentId;
  SEED.forEach((s, i) => {
    const created = nowMs - s.agoMs;
    const key = `${PROJECT.key}-${i + 1}`;
    const lastComment = s.comments.reduce((m, c) => Math.max(m, nowMs - c.agoMs), created);
    const done = STATUSES.find((st) => st.id === s.row.statusId)?.category === 'done';
    const statusDate = s.row.statusId === STATUS.open ? created : Math.min(lastComment, created + DAY);
    issues.push({
      ...s.row,
      id: String(10001 + i),
      key,
      creator: s.row.reporter,
      watchers: s.row.assignee ? [s.row.assignee] : [],
      created,
      updated: Math.max(lastComment, statusDate),
      statusDate,
      resolutionDate: done ? statusDate : null,
    });
    for (const c of s.comments) {
      const at = nowMs - c.agoMs;
      comments.push({
        id: String(commentId++),
        issueKey: key,
        author: c.author,
        updateAuthor: c.author,
        body: adfText(c.text),
        public: c.public,
        created: at,
        updated: at,
        properties: c.public ? {} : { 'sd.public.comment': { internal: true } },
      });
    }
  });
  return { issues, comments };
}
