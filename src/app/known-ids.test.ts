import type { Policy } from '../domain';
import { PortFailure } from '../ports';
import { aConfig, aPolicy } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import { knownIds, listsUsed } from './known-ids';

/** A configuration with one policy per match given. */
const withPolicies = (...matches: Partial<Policy['match']>[]) =>
  aConfig({ policies: matches.map((m, i) => aPolicy(`p${i}`, m)) });
const page = (ids: string[], nextStart: number | null = null, serviceDeskId?: string) => ({
  values: ids.map((id) => ({ id, name: id, ...(serviceDeskId ? { serviceDeskId } : {}) })),
  nextStart,
});

function sitePorts() {
  const ports = fakePorts();
  ports.jira.serviceProjects.mockImplementation(async (start: number) =>
    start === 0
      ? { values: [{ id: 'SUP', name: 'Support', serviceDeskId: '1' }], nextStart: 1 }
      : {
          values: [{ id: 'INF', name: 'Infogérance', serviceDeskId: '2' }],
          nextStart: null,
        },
  );
  ports.jira.requestTypes.mockImplementation(async (desk: string) => page(desk === '1' ? ['10', '11'] : ['20']));
  ports.jira.organizations.mockResolvedValue(page(['1', '2']));
  return ports;
}

describe('listsUsed', () => {
  it.each([
    [withPolicies(), { projects: false, requestTypes: false, organizations: false }],
    [withPolicies({}), { projects: false, requestTypes: false, organizations: false }],
    [withPolicies({ organizationIds: ['2'] }), { projects: false, requestTypes: false, organizations: true }],
    [
      withPolicies({}, { projects: ['SUP'], requestTypeIds: ['20'] }),
      { projects: true, requestTypes: true, organizations: false },
    ],
  ])('%#: %j', (config, expected) => {
    expect(listsUsed(config)).toEqual(expected);
  });
});

describe('knownIds', () => {
  it('reads nothing when no policy lists ids', async () => {
    const ports = sitePorts();
    expect(await knownIds(ports, withPolicies({}))).toEqual({});
    expect(ports.jira.serviceProjects).not.toHaveBeenCalled();
    expect(ports.jira.organizations).not.toHaveBeenCalled();
  });

  it('reads every page of the lists the policies use', async () => {
    const ports = sitePorts();
    const config = withPolicies({ projects: ['SUP'], requestTypeIds: ['20'], organizationIds: ['9'] });
    expect(await knownIds(ports, config)).toEqual({
      organizationIds: ['1', '2'],
      projects: ['SUP', 'INF'],
      requestTypeIds: ['10', '11', '20'],
    });
    expect(ports.jira.requestTypes.mock.calls.map((c) => c[0])).toEqual(['1', '2']);
  });

  it('leaves a list unread when the call budget runs out (1 org page + 2 desk pages + 1 of 2 type pages)', async () => {
    const ports = sitePorts();
    const config = withPolicies({ requestTypeIds: ['20'], organizationIds: ['1'] });
    expect(await knownIds(ports, config, 4)).toEqual({ organizationIds: ['1', '2'] });
  });

  it.each([
    {
      given: 'projects listed, no request types: the projects read alone',
      match: { projects: ['SUP'] },
      budget: 6,
      known: { projects: ['SUP', 'INF'] },
      typeReads: 0,
    },
    {
      given: 'projects listed, the budget spent on the first page of projects (1 call of 2)',
      match: { projects: ['SUP'] },
      budget: 1,
      known: {},
      typeReads: 0,
    },
  ])('$given', async ({ match, budget, known, typeReads }) => {
    const ports = sitePorts();
    expect(await knownIds(ports, withPolicies(match), budget)).toEqual(known);
    expect(ports.jira.requestTypes).toHaveBeenCalledTimes(typeReads);
  });

  it('reads the request types of a project without its own service desk id under the project’s id', async () => {
    const ports = sitePorts();
    ports.jira.serviceProjects.mockResolvedValue({ values: [{ id: 'OPS', name: 'Ops' }], nextStart: null });
    expect(await knownIds(ports, withPolicies({ requestTypeIds: ['20'] }))).toEqual({ requestTypeIds: ['20'] });
    expect(ports.jira.requestTypes).toHaveBeenCalledWith('OPS', 0, expect.any(Number));
  });

  it('leaves a list unread when JSM is busy or refuses, and says nothing about its ids', async () => {
    const ports = sitePorts();
    ports.jira.organizations.mockRejectedValue(new PortFailure('busy', 'transient', 503));
    ports.jira.serviceProjects.mockRejectedValue(new PortFailure('no', 'refused', 403));
    const config = withPolicies({ projects: ['SUP'], organizationIds: ['1'] });
    expect(await knownIds(ports, config)).toEqual({});
  });

  it('lets a bug through', async () => {
    const ports = sitePorts();
    ports.jira.organizations.mockRejectedValue(new TypeError('bug'));
    await expect(knownIds(ports, withPolicies({ organizationIds: ['1'] }))).rejects.toThrow('bug');
  });
});
