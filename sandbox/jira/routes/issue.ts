/** /rest/api/3/issue/{key}: read, edit, assign and transitions (properties: issue-properties.ts). */
import { error, noContent, ok } from '../http';
import { isStaff } from '../permissions';
import { BODY } from '../schemas';
import { touch, type Route, onVisibleIssue, withFound } from './context';
import { applyUpdate, assign, doTransition, editableIssue, setField } from './issue-edit';
import { issueJson, transitionsFor } from './issue-json';
import { issuePropertyRoutes } from './issue-properties';

const issueEditRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issue/{key}',
    response: { cloud: 'IssueSchema' },
    handle: onVisibleIssue((ctx, issue) => {
      const q = ctx.req.query;
      const expand = q.getAll('expand').flatMap((e) => e.split(','));
      return ok(issueJson(ctx, issue, q.has('fields') ? q.getAll('fields') : null, expand, q.getAll('properties')));
    }),
  },
  {
    method: 'PUT',
    path: '/rest/api/3/issue/{key}',
    body: BODY.editIssue,
    handle: withFound(editableIssue, (ctx, issue) => {
      const body = ctx.req.body as {
        fields?: Record<string, unknown>;
        update?: Record<string, Record<string, unknown>[]>;
      };
      const errors: Record<string, string> = {};
      for (const field of Object.keys(body.fields ?? {})) {
        if (body.update?.[field]) errors[field] = `Field '${field}' cannot be set in both fields and update.`;
      }
      for (const [field, value] of Object.entries(body.fields ?? {})) {
        const err = errors[field] ?? setField(ctx, issue, field, value);
        if (err) errors[field] = err;
      }
      for (const [field, ops] of Object.entries(body.update ?? {})) {
        const err = errors[field] ?? applyUpdate(ctx, issue, field, ops);
        if (err) errors[field] = err;
      }
      // Nothing changes on a bad request: the edited copy is only saved when every field was accepted.
      if (Object.keys(errors).length) return error(400, [], errors);
      touch(ctx, issue);
      if (ctx.req.query.get('returnIssue') === 'true') return ok(issueJson(ctx, issue, null, [], []));
      return noContent();
    }),
  },
  {
    method: 'PUT',
    path: '/rest/api/3/issue/{key}/assignee',
    body: BODY.assignee,
    handle: withFound(editableIssue, (ctx, issue) => {
      const err = assign(ctx, issue, (ctx.req.body as { accountId: string | null }).accountId);
      if (err) return error(400, [], { assignee: err });
      touch(ctx, issue);
      return noContent();
    }),
  },
  {
    method: 'GET',
    path: '/rest/api/3/issue/{key}/transitions',
    response: { cloud: 'TransitionsSchema' },
    handle: onVisibleIssue((ctx, issue) => {
      // Customers cannot transition from the platform API: they see no transition.
      return ok({ expand: 'transitions', transitions: isStaff(ctx.principal) ? transitionsFor(issue) : [] });
    }),
  },
  {
    method: 'POST',
    path: '/rest/api/3/issue/{key}/transitions',
    body: BODY.transition,
    handle: withFound(editableIssue, (ctx, issue) => {
      const body = ctx.req.body as { transition: { id: string }; fields?: Record<string, unknown> };
      const bad = doTransition(ctx, issue, body.transition.id);
      if (bad) return bad;
      for (const [field, value] of Object.entries(body.fields ?? {})) {
        if (field === 'resolution') continue;
        const err = setField(ctx, issue, field, value);
        if (err) return error(400, [], { [field]: err });
      }
      touch(ctx, issue);
      return noContent();
    }),
  },
];

export const issueRoutes: Route[] = [...issueEditRoutes, ...issuePropertyRoutes];
