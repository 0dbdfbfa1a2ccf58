/**
 * Loads zod schemas from the installed `jira.js` package (v6) so that the fake Jira checks bodies against the same
 * schemas a real client uses, and cannot drift from them quietly.
 *
 * Why the bundling: jira.js is ESM-only (its package exports only an `import` condition), while this project runs as
 * CommonJS under ts-jest and tsx, and Jest on Node 20 cannot `require()` an ES module. So the few model files we need
 * are bundled once per process, synchronously, with esbuild (a direct dev dependency) into CommonJS and
 * evaluated with Node's own module loader. `zod` stays external and resolves to the project's zod 4.
 */
import Module from 'node:module';
import path from 'node:path';
import type { ZodType } from 'zod';

const CLOUD = [
  'BulkFetchIssueRequestSchema',
  'BulkIssueResultsSchema',
  'CommentInputSchema',
  'CommentSchema',
  'DashboardUserSchema',
  'DocumentSchema',
  'EntityPropertySchema',
  'FieldDetailsSchema',
  'IssueSchema',
  'IssueUpdateDetailsSchema',
  'IssueUpdateMetadataSchema',
  'NotificationSchema',
  'PageCustomFieldContextOptionSchema',
  'PageCustomFieldContextSchema',
  'PageOfCommentsSchema',
  'PagePrioritySchema',
  'PageUserSchema',
  'PermissionsKeysSchema',
  'PermissionsSchema',
  'PermittedProjectsSchema',
  'PrioritySchema',
  'ProjectSchema',
  'SearchAndReconcileRequestSchema',
  'SearchAndReconcileResultsSchema',
  'TransitionsSchema',
] as const;

const SERVICE_DESK = [
  'CommentCreateSchema',
  'CommentSchema',
  'CustomerRequestSchema',
  'OrganizationSchema',
  'PagedCommentSchema',
  'PagedCustomerRequestSchema',
  'PagedOrganizationSchema',
  'PagedRequestTypeSchema',
  'PagedServiceDeskSchema',
  'PagedSlaInformationSchema',
  'PagedUserSchema',
  'RequestCreateSchema',
  'RequestParticipantUpdateSchema',
] as const;

export type CloudSchemaName = (typeof CLOUD)[number];
export type ServiceDeskSchemaName = (typeof SERVICE_DESK)[number];
export interface JiraJsSchemas {
  cloud: Record<CloudSchemaName, ZodType>;
  serviceDesk: Record<ServiceDeskSchemaName, ZodType>;
}

let loaded: JiraJsSchemas | undefined;

/** The schemas, bundled on first use (about 100 ms) and kept for the process: they are immutable. */
export function jiraJsSchemas(): JiraJsSchemas {
  if (!loaded) loaded = load();
  return loaded;
}

function load(): JiraJsSchemas {
  const root = path.dirname(require.resolve('jira.js/package.json'));
  // esbuild is a direct dev dependency (tsx and vite use it too).
  const esbuild = require('esbuild') as typeof import('esbuild');
  const entry = [
    `export { ${CLOUD.join(', ')} } from './dist/cloud/models/index.js';`,
    `export { ${SERVICE_DESK.map((n) => `${n} as sd_${n}`).join(', ')} } from './dist/serviceDesk/models/index.js';`,
  ].join('\n');
  const out = esbuild.buildSync({
    stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'jira-js-schemas-entry.js' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    external: ['zod'],
    logLevel: 'silent',
  });
  const filename = path.join(root, 'jira-js-schemas.bundle.cjs');
  const mod = new Module(filename);
  mod.filename = filename;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(root);
  (mod as unknown as { _compile(code: string, file: string): void })._compile(out.outputFiles[0].text, filename);
  const exp = mod.exports as Record<string, ZodType>;
  const pick = <N extends string>(names: readonly N[], prefix: string): Record<N, ZodType> => {
    const res = {} as Record<N, ZodType>;
    for (const n of names) {
      const s = exp[prefix + n];
      if (!s || typeof (s as { safeParse?: unknown }).safeParse !== 'function') {
        throw new Error(`jira.js does not export the zod schema ${n}`);
      }
      res[n] = s;
    }
    return res;
  };
  return { cloud: pick(CLOUD, ''), serviceDesk: pick(SERVICE_DESK, 'sd_') };
}
