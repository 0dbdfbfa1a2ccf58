/** The SLA-breach step of the sweep (docs/rules.md §7c) on in-memory ports: what it calls, and when it stops. */
import { aConfig, aRequest, anEscalation, aRecord } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import { PortFailure } from '../ports';
import { escalateSlaBreaches } from './sla-breach-sweep';

const ON = aConfig({ escalation: { autoOnSlaBreach: { enabled: true, slaName: 'Time to resolution' } } });

describe('escalateSlaBreaches', () => {
  it('with the option off, reads the configuration and calls nothing', async () => {
    const ports = fakePorts(aConfig());
    expect(await escalateSlaBreaches(ports)).toEqual({
      found: 0,
      escalated: 0,
      skipped: 0,
      stoppedByJira: false,
      refusedByJira: false,
    });
    expect(ports.jira.slaBreachedKeys).not.toHaveBeenCalled();
  });

  it('searches one page of 50 in the configured projects', async () => {
    const ports = fakePorts({ ...ON, projects: ['SUP', 'OPS'] });
    ports.jira.slaBreachedKeys.mockResolvedValue([]);
    await escalateSlaBreaches(ports);
    expect(ports.jira.slaBreachedKeys).toHaveBeenCalledWith('Time to resolution', ['SUP', 'OPS'], 50);
  });

  it('skips a request whose record holds an escalation without reading it from Jira (its property may lag)', async () => {
    const ports = fakePorts(ON);
    ports.store.records.set('SUP-4', aRecord({ issueKey: 'SUP-4', escalations: [anEscalation({ level: 1 })] }));
    ports.jira.slaBreachedKeys.mockResolvedValue(['SUP-4']);
    expect(await escalateSlaBreaches(ports)).toMatchObject({ found: 1, escalated: 0, skipped: 1 });
    expect(ports.jira.getRequest).not.toHaveBeenCalled();
  });

  it('escalates a breached request never escalated at level 1, by the app, for the breach', async () => {
    const ports = fakePorts(ON);
    ports.jira.slaBreachedKeys.mockResolvedValue(['SUP-1']);
    ports.jira.getRequest.mockResolvedValue(aRequest());
    for (const m of ['setIssueProperty', 'addLabel'] as const) ports.jira[m].mockResolvedValue(undefined);
    ports.jira.addComment.mockResolvedValue({ id: '1' });
    ports.jira.commentMarkers.mockResolvedValue(new Set());
    ports.jira.notify.mockResolvedValue({ ok: true, value: 'sent' });
    expect(await escalateSlaBreaches(ports)).toMatchObject({ found: 1, escalated: 1, skipped: 0 });
    expect(ports.store.records.get('SUP-1')?.escalations).toEqual([
      expect.objectContaining({ level: 1, automatic: 'slaBreach', byAccountId: 'app:escalade' }),
    ]);
  });

  it('skips a request whose level 1 another run is escalating (its claim held)', async () => {
    const ports = fakePorts(ON);
    ports.jira.slaBreachedKeys.mockResolvedValue(['SUP-1']);
    ports.jira.getRequest.mockResolvedValue(aRequest());
    ports.store.claim = async () => false;
    expect(await escalateSlaBreaches(ports)).toMatchObject({ found: 1, escalated: 0, skipped: 1 });
  });

  it('skips a request gone or resolved since the search', async () => {
    const ports = fakePorts(ON);
    ports.jira.slaBreachedKeys.mockResolvedValue(['SUP-8', 'SUP-9']);
    ports.jira.getRequest.mockImplementation(async (key: string) =>
      key === 'SUP-8' ? null : aRequest({ key, statusCategory: 'done' }),
    );
    expect(await escalateSlaBreaches(ports)).toMatchObject({ found: 2, escalated: 0, skipped: 2 });
    expect(ports.store.records.size).toBe(0);
  });

  it('stops the run when Jira is busy, and says so', async () => {
    const ports = fakePorts(ON);
    ports.jira.slaBreachedKeys.mockRejectedValue(new PortFailure('busy', 'transient', 503));
    expect(await escalateSlaBreaches(ports)).toMatchObject({ found: 0, stoppedByJira: true });
  });

  it('reports a refused search (an SLA name the site does not have) instead of failing the whole sweep', async () => {
    const ports = fakePorts(ON);
    ports.jira.slaBreachedKeys.mockRejectedValue(new PortFailure('no such field', 'refused', 400));
    expect(await escalateSlaBreaches(ports)).toMatchObject({ found: 0, refusedByJira: true });
  });

  it('skips a request Jira refuses to show the app, and goes on with the others (one such request never blocks the rest)', async () => {
    const ports = fakePorts(ON);
    ports.jira.slaBreachedKeys.mockResolvedValue(['SUP-8', 'SUP-1']);
    ports.jira.getRequest.mockImplementation(async (key: string) => {
      if (key === 'SUP-8') throw new PortFailure('forbidden', 'refused', 403);
      return aRequest({ key });
    });
    for (const m of ['setIssueProperty', 'addLabel'] as const) ports.jira[m].mockResolvedValue(undefined);
    ports.jira.addComment.mockResolvedValue({ id: '1' });
    ports.jira.commentMarkers.mockResolvedValue(new Set());
    ports.jira.notify.mockResolvedValue({ ok: true, value: 'sent' });
    expect(await escalateSlaBreaches(ports)).toEqual({
      found: 2,
      escalated: 1,
      skipped: 1,
      stoppedByJira: false,
      refusedByJira: false,
    });
    expect([...ports.store.records.keys()]).toEqual(['SUP-1']);
  });

  it('stops the run when Jira is busy reading a request the search found, and says so', async () => {
    const ports = fakePorts(ON);
    ports.jira.slaBreachedKeys.mockResolvedValue(['SUP-8', 'SUP-1']);
    ports.jira.getRequest.mockRejectedValue(new PortFailure('busy', 'transient', 503));
    expect(await escalateSlaBreaches(ports)).toMatchObject({ found: 2, escalated: 0, skipped: 0, stoppedByJira: true });
    expect(ports.jira.getRequest).toHaveBeenCalledTimes(1);
  });

  it('throws a bug (neither Jira busy nor a refusal), in the search or reading a request', async () => {
    const bug = new TypeError('bug');
    const inSearch = fakePorts(ON);
    inSearch.jira.slaBreachedKeys.mockRejectedValue(bug);
    await expect(escalateSlaBreaches(inSearch)).rejects.toThrow('bug');
    const inRead = fakePorts(ON);
    inRead.jira.slaBreachedKeys.mockResolvedValue(['SUP-1']);
    inRead.jira.getRequest.mockRejectedValue(bug);
    await expect(escalateSlaBreaches(inRead)).rejects.toThrow('bug');
  });
});
