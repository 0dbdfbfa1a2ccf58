/** The admin's pickers (issue 12): one product call per page of at most 50 entries, the page answered as JSM gave it. */
import { fakePorts } from '../../test/support/fake-ports';
import { listOrganizations, listProjects, listRequestTypes } from './site-catalog';

const PAGE = { values: [{ id: '1', name: 'Support' }], nextStart: 50 };
type Ports = ReturnType<typeof fakePorts>;

describe('the site catalog pickers', () => {
  it.each([
    {
      picker: 'the service projects, from entry 50',
      list: (ports: Ports) => listProjects(ports, 50),
      call: 'serviceProjects',
      args: [50, 50],
    },
    {
      picker: 'a service desk’s request types, from entry 0',
      list: (ports: Ports) => listRequestTypes(ports, '7', 0),
      call: 'requestTypes',
      args: ['7', 0, 50],
    },
    {
      picker: 'the organizations, from entry 100',
      list: (ports: Ports) => listOrganizations(ports, 100),
      call: 'organizations',
      args: [100, 50],
    },
  ] as const)('given $picker, then one call for that page and the page answered', async ({ list, call, args }) => {
    const ports = fakePorts();
    ports.jira[call].mockResolvedValue(PAGE);
    expect(await list(ports)).toEqual({ ok: true, value: PAGE });
    expect(ports.jira[call]).toHaveBeenCalledTimes(1);
    expect(ports.jira[call]).toHaveBeenCalledWith(...args);
  });
});
