/** /rest/api/3/issue/{key}/properties: the issue's entity properties. */
import { error, noContent, ok } from '../http';
import { BODY } from '../schemas';
import { type Route, onVisibleIssue, withFound } from './context';
import { editableIssue } from './issue-edit';
import { API } from './issue-json';

export const issuePropertyRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issue/{key}/properties',
    handle: onVisibleIssue((ctx, issue) => {
      const keys = ctx.site.store.propertyKeys(issue.key);
      return ok({ keys: keys.map((key) => ({ self: `${API}/issue/${issue.id}/properties/${key}`, key })) });
    }),
  },
  {
    method: 'GET',
    path: '/rest/api/3/issue/{key}/properties/{prop}',
    response: { cloud: 'EntityPropertySchema' },
    handle: onVisibleIssue((ctx, issue) => {
      const p = ctx.site.store.property(issue.key, ctx.params.prop);
      if (!p) return error(404, [`The property with key '${ctx.params.prop}' does not exist.`]);
      return ok({ key: ctx.params.prop, value: p.value });
    }),
  },
  {
    method: 'PUT',
    path: '/rest/api/3/issue/{key}/properties/{prop}',
    body: BODY.property,
    handle: withFound(editableIssue, (ctx, issue) => {
      if (ctx.params.prop.length > 255) return error(400, ['The property key can not be longer than 255 characters.']);
      const res = ctx.site.store.setProperty(issue.key, ctx.params.prop, ctx.req.body);
      return { status: res === 'created' ? 201 : 200, body: {} };
    }),
  },
  {
    method: 'DELETE',
    path: '/rest/api/3/issue/{key}/properties/{prop}',
    handle: withFound(editableIssue, (ctx, issue) => {
      if (!ctx.site.store.deleteProperty(issue.key, ctx.params.prop)) {
        return error(404, [`The property with key '${ctx.params.prop}' does not exist.`]);
      }
      return noContent();
    }),
  },
];
