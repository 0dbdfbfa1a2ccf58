/**
 * The escalations list is a `jiraServiceManagement:queuePage` (not a `jira:projectPage`) because it sits
 * in the service project's sidebar next to the queues, where agents already work their requests: an
 * escalation is one more queue to them, one click away from the others, with the project in context.
 */
import { router } from '@forge/bridge';
import { mountApp } from '../../common/app-shell';
import { forgeBridge } from '../../common/forge-bridge';
import { QueueApp } from './queue-app';
import './queue.css';

/** Opens a request in Jira's own tab; a host without the router falls back to top-level navigation. */
function openIssue(key: string): void {
  const path = `/browse/${encodeURIComponent(key)}`;
  router.navigate(path).catch(() => window.open(path, '_top'));
}

mountApp(forgeBridge, () => <QueueApp openIssue={openIssue} />);
