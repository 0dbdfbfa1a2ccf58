/**
 * Burst: 1,000 comment events on 100 requests, with 10% re-delivered (the sandbox's replay, as the
 * platform's at-least-once delivery) and 5% edits, in 10 waves 7 minutes apart on the sandbox clock
 * (so the 30-minute cooldown both holds emails back and lets them through). The outcome is checked
 * against an independent count of the customer comments and an independent model of the rules.
 */
import type { Sandbox } from '../sandbox';
import { DEFAULT_CONFIG } from '../src/domain';
import { ALICE, BOB, DAVE } from '../test/support/personas';
import { freshSite } from '../test/support/sandbox-setup';
import { agentComments, customerComments, editComment, issueProperty } from '../test/support/site-actions';
import { newRequest } from '../test/proof/support';
import { predictFollowUps, type ModelEvent, type ModelRequest } from './follow-up-model';
import { round } from './stats';
import { mulberry32 } from '../test/support/analytics-data';

export interface BurstResult {
  requests: number;
  events: number;
  newComments: number;
  edits: number;
  redeliveries: number;
  seconds: number;
  eventsPerSecond: number;
  customerComments: number;
  recordedFollowUps: number;
  lostFollowUps: number;
  extraFollowUps: number;
  emails: number;
  expectedEmails: number;
  duplicateEmails: number;
  requestsWithWrongEmailCount: number;
  failedEvents: number;
}

const WAVES = 10;
const REQUESTS = 100;
const NEW_PER_WAVE = 85;
const EDITS_PER_WAVE = 5;
const REPLAYS_PER_WAVE = 10;
const WAVE_GAP_MINUTES = 7;

/** 100 requests: 5 resolved, 5 unassigned (emailed to the project lead by default), 10 with Bob as participant. */
async function seedBurstRequests(sb: Sandbox): Promise<ModelRequest[]> {
  const requests: ModelRequest[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const participants = i % 10 === 2 ? [BOB] : [];
    const assignee = i % 20 === 1 ? null : DAVE;
    const key = await newRequest(sb, { assignee, participants, summary: `Demande de charge n° ${i}` });
    const resolved = i % 20 === 0;
    if (resolved) {
      const res = await sb.rest(DAVE, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '31' } });
      if (res.status !== 204) throw new Error(`resolve ${key}: ${res.status}`);
    }
    requests.push({ key, reporter: ALICE, participants, assignee, resolved });
  }
  return requests;
}

/** What the waves did: every event for the model, the customer comments posted per request, and the counts. */
interface Waves {
  model: ModelEvent[];
  posted: Map<string, number>;
  newComments: number;
  edits: number;
  redeliveries: number;
  busyMs: number;
}

/** One wave's new comments: 80% by a customer (counted as follow-ups unless resolved), the rest by Dave. */
async function postComments(sb: Sandbox, w: Waves, requests: ModelRequest[], random: () => number, wave: number) {
  const at = sb.clock.nowMs();
  const order = requests.map((_, i) => i).sort(() => random() - 0.5);
  const customerIds: { key: string; id: string }[] = [];
  for (const i of order.slice(0, NEW_PER_WAVE)) {
    const r = requests[i] as ModelRequest;
    const roll = random();
    let id: string;
    let author: string;
    let isPublic = true;
    if (roll < 0.8) {
      author = r.participants.length > 0 && random() < 0.5 ? BOB : ALICE;
      id = await customerComments(sb, author, r.key, `Relance ${wave}: toujours en attente.`);
      customerIds.push({ key: r.key, id });
      if (!r.resolved) w.posted.set(r.key, (w.posted.get(r.key) ?? 0) + 1);
    } else {
      author = DAVE;
      isPublic = roll < 0.9;
      id = await agentComments(sb, DAVE, r.key, 'Nous regardons.', !isPublic);
    }
    w.newComments++;
    w.model.push({ key: r.key, commentId: id, author, isPublic, edit: false, at });
  }
  return customerIds;
}

async function runWaves(sb: Sandbox, requests: ModelRequest[], random: () => number): Promise<Waves> {
  const w: Waves = { model: [], posted: new Map(), newComments: 0, edits: 0, redeliveries: 0, busyMs: 0 };
  const customerCommentIds: { key: string; id: string }[] = [];
  for (let wave = 0; wave < WAVES; wave++) {
    if (wave > 0) sb.clock.advanceMinutes(WAVE_GAP_MINUTES);
    const at = sb.clock.nowMs();
    const started = performance.now();
    customerCommentIds.push(...(await postComments(sb, w, requests, random, wave)));
    for (let e = 0; e < EDITS_PER_WAVE && customerCommentIds.length > 0; e++) {
      const target = customerCommentIds[Math.floor(random() * customerCommentIds.length)] as {
        key: string;
        id: string;
      };
      await editComment(sb, DAVE, target.key, target.id, 'Commentaire corrigé par le support.');
      w.edits++;
      w.model.push({ key: target.key, commentId: target.id, author: DAVE, isPublic: true, edit: true, at });
    }
    sb.replayEvents(REPLAYS_PER_WAVE);
    w.redeliveries += REPLAYS_PER_WAVE;
    await sb.waitForEvents(120_000);
    w.busyMs += performance.now() - started;
  }
  return w;
}

/** Follow-ups recorded on the requests' properties against those posted: lost and extra. */
async function followUpCounts(sb: Sandbox, requests: ModelRequest[], posted: Map<string, number>) {
  let recorded = 0;
  let lost = 0;
  let extra = 0;
  for (const r of requests) {
    const property = await issueProperty(sb, r.key);
    const count = typeof property?.followUps === 'number' ? property.followUps : 0;
    const mine = posted.get(r.key) ?? 0;
    recorded += count;
    lost += Math.max(0, mine - count);
    extra += Math.max(0, count - mine);
  }
  return { recorded, lost, extra };
}

/** Emails sent against the independent model's prediction: duplicates and requests with a wrong count. */
function emailCounts(sb: Sandbox, requests: ModelRequest[], model: ModelEvent[], outboxBefore: number) {
  const config = DEFAULT_CONFIG.followUp;
  const predicted = predictFollowUps(
    requests,
    model,
    config.cooldownMinutes,
    // Someone stands in for a missing assignee: the fallback recipients, else the project's lead (the sandbox's
    // projects have one) when followUp.fallbackToProjectLead is on, as it is by default.
    config.fallbackRecipients.groups.length + config.fallbackRecipients.accountIds.length > 0 ||
      config.fallbackToProjectLead,
  );
  const emails = sb.outbox().slice(outboxBefore);
  const bySubject = new Map<string, number>();
  for (const m of emails)
    bySubject.set(`${m.issueKey} ${m.subject}`, (bySubject.get(`${m.issueKey} ${m.subject}`) ?? 0) + 1);
  const duplicates = [...bySubject.values()].reduce((n, c) => n + c - 1, 0);
  const wrong = requests.filter(
    (r) => emails.filter((m) => m.issueKey === r.key).length !== (predicted.emails.get(r.key) ?? 0),
  ).length;
  const expected = [...predicted.emails.values()].reduce((a, b) => a + b, 0);
  return { sent: emails.length, expected, duplicates, wrong };
}

export async function runBurst(sb: Sandbox): Promise<BurstResult> {
  await freshSite(sb);
  const random = mulberry32(20251201);
  const requests = await seedBurstRequests(sb);
  await sb.waitForEvents();
  sb.clearCalls();
  const outboxBefore = sb.outbox().length;
  const eventsBefore = sb.events().length;

  const w = await runWaves(sb, requests, random);
  const followUps = await followUpCounts(sb, requests, w.posted);
  const emails = emailCounts(sb, requests, w.model, outboxBefore);
  const events = sb.events().slice(eventsBefore);
  const total = w.newComments + w.edits + w.redeliveries;
  return {
    requests: REQUESTS,
    events: total,
    newComments: w.newComments,
    edits: w.edits,
    redeliveries: w.redeliveries,
    seconds: round(w.busyMs / 1000, 2),
    eventsPerSecond: Math.round(total / (w.busyMs / 1000)),
    customerComments: [...w.posted.values()].reduce((a, b) => a + b, 0),
    recordedFollowUps: followUps.recorded,
    lostFollowUps: followUps.lost,
    extraFollowUps: followUps.extra,
    emails: emails.sent,
    expectedEmails: emails.expected,
    duplicateEmails: emails.duplicates,
    requestsWithWrongEmailCount: emails.wrong,
    failedEvents: events.filter((e) => e.status === 'failed').length,
  };
}
