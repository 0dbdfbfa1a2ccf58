/** The seed's requests SUP-1..SUP-7 and their comments, dated relative to the sandbox clock. */
import { adfText } from './adf';
import { organizationsOf, PROJECT, STATUS, STATUSES } from './seed-site';
import type { CommentRow, IssueRow } from './types';

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
      organizationIds: organizationsOf(s.row.reporter),
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
