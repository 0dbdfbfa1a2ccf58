import type { AppManifest } from './manifest';
import type { JiraBackend } from './types';

type Json = Record<string, unknown>;

function asApp(jira: JiraBackend, path: string, query = ''): Json | undefined {
  const res = jira.handle({
    method: 'GET',
    path,
    query: new URLSearchParams(query),
    body: undefined,
    actor: { kind: 'app' },
  });
  return res.status === 200 ? (res.body as Json) : undefined;
}

/**
 * The `extension` object a module receives in its context, as the products build it:
 * portal modules get `portal.id` and `request.key/typeId` (no issue id, by design of JSM);
 * Jira issue modules get `issue` and `project`; pages get their type only (and the project for a queue page).
 */
export function extensionFor(manifest: AppManifest, jira: JiraBackend, moduleKey: string, issueKey?: string): Json {
  const module = manifest.modules.get(moduleKey);
  if (!module) throw new TypeError(`unknown moduleKey "${moduleKey}"`);
  const type = module.type;
  if (type.startsWith('jiraServiceManagement:portalRequest')) {
    if (!issueKey) throw new TypeError(`${moduleKey} needs an issue key`);
    const request = asApp(jira, `/rest/servicedeskapi/request/${issueKey}`);
    return {
      type,
      portal: { id: Number(request?.serviceDeskId ?? 1) },
      request: { key: issueKey, typeId: Number(request?.requestTypeId ?? 0) },
      location: `/portal/${issueKey}`,
    };
  }
  if (type.startsWith('jira:issue')) {
    if (!issueKey) throw new TypeError(`${moduleKey} needs an issue key`);
    const issue = asApp(jira, `/rest/api/3/issue/${issueKey}`, 'fields=issuetype,project');
    const fields = (issue?.fields ?? {}) as Json;
    const issuetype = (fields.issuetype ?? {}) as Json;
    const project = (fields.project ?? {}) as Json;
    return {
      type,
      issue: { id: String(issue?.id ?? ''), key: issueKey, type: issuetype.name, typeId: issuetype.id },
      project: { id: String(project.id ?? '10000'), key: project.key ?? 'SUP', type: 'service_desk' },
      location: `/jira/${issueKey}`,
    };
  }
  if (type === 'jiraServiceManagement:queuePage') {
    return { type, project: { id: '10000', key: 'SUP', type: 'service_desk' }, location: '/queue' };
  }
  if (type === 'jira:dashboardGadget') {
    // Docs (manifest-reference/modules/jira-dashboard-gadget, "Extension context"): gadgetConfiguration,
    // dashboard.id, gadget.id, type, location. The /dashboard page adds the saved configuration and entryPoint.
    return {
      type,
      dashboard: { id: '10000' },
      gadget: { id: '10100' },
      gadgetConfiguration: {},
      location: '/dashboard',
    };
  }
  return { type, location: type === 'jira:adminPage' ? '/admin' : '/' };
}
