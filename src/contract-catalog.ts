/**
 * The admin page's pickers (issue 12): the site's service projects, request types and organizations, by name, one
 * JSM page per call (at most 50 entries), read as the admin. Re-exported by src/contract.ts; import them from there.
 */

/**
 * One entry of a picker. Projects: `id` is the project key (what a policy's `match.projects` holds) and
 * `serviceDeskId` its service desk; request types: `id` (`match.requestTypeIds`) and the desk that offers it;
 * organizations: `id` (`match.organizationIds`).
 */
export interface CatalogEntry {
  id: string;
  name: string;
  serviceDeskId?: string;
}

/** A page of a picker: send `nextStart` back as `start` for the next page; null on the last one. */
export interface CatalogPageResult {
  values: CatalogEntry[];
  nextStart: number | null;
}

/** `listProjects({ start? })`, `listOrganizations({ start? })`. */
export interface CatalogPayload {
  start?: number;
}

/** `listRequestTypes({ serviceDeskId | projectKey, start? })`: one service project's request types. */
export interface RequestTypesPayload extends CatalogPayload {
  serviceDeskId?: string;
  projectKey?: string;
}
