/** The seed's personas (customers, an unlicensed participant, agents, an admin, the app) and their groups. */
import { APP_ACCOUNT_ID } from './seed-site';
import type { SandboxUser } from './types';

export const GROUPS = ['jira-servicemanagement-users', 'support-managers', 'jira-administrators', 'platinum-managers'];
/** The managers of the Platinum contract (Durand Conseil): a support policy's level 2 emails them (issue 12). */
export const PLATINUM_GROUP = 'platinum-managers';
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
  user('agent-gina', 'Gina Lambert', 'licensed', 'gina@example.com', [AGENT_GROUP, PLATINUM_GROUP], 'fr-FR'),
  user(APP_ACCOUNT_ID, 'Escalade', 'app', '', [], 'en-US'),
];
