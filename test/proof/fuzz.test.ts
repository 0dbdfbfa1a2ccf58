/**
 * Property-based fuzzing with fast-check, through the real handlers in the sandbox.
 * - Resolver payloads (any JSON, and adversarial objects) for every resolver function: the answer
 *   is a typed refusal with a known code or a valid result, never a throw; a refusal changes nothing.
 * - Configs: saveConfig accepts exactly what parseConfig accepts, and a rejected save changes nothing.
 */
import fc from 'fast-check';
import type { Sandbox } from '../../sandbox';
import { FUNCTION_KEYS, MODULE_KEYS, type ErrorCode } from '../../src/contract';
import { DEFAULT_CONFIG, parseConfig } from '../../src/domain';
import { ALICE, DAVE, FRANK } from '../support/personas';
import { freshSite, useSandbox } from '../support/sandbox-setup';
import { admin, errorCode, getConfig, invokeWith } from '../support/invoke';
import { snapshot, type Body } from './support';
import { savesExactlyWhatParses } from './save-config-property';

jest.setTimeout(60_000);

const CODES: ErrorCode[] = [
  'FORBIDDEN',
  'NOT_FOUND',
  'NOT_ELIGIBLE',
  'CRITICAL',
  'RESOLVED',
  'ALREADY_ESCALATED',
  'MAX_LEVEL',
  'INVALID_INPUT',
  'CONFLICT',
  'UNAVAILABLE',
  'NOTHING_TO_WITHDRAW',
];

const KEYS = ['reasonId', 'details', 'note', 'config', 'expectedVersion', 'impact', 'urgency', 'requestTypeId'];
const MORE_KEYS = [
  'createdAt',
  'startAt',
  'pageSize',
  'from',
  'to',
  'projectKeys',
  'policyId',
  'key',
  'requestKey',
  'issueKey',
  'constructor',
  'toString',
];

/** Values that have broken parsers before: huge, odd, or almost right. */
const nasty = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('', ' ', 'no-answer', 'other', 'SUP-3', '<script>alert(1)</script>', '"}]}', '\u0000', '10102'),
  fc.constantFrom(-1, 0, 1, 2 ** 31, -0, 1e308, 0.5),
  fc.constantFrom('x'.repeat(100_000), 'é'.repeat(2_001), '2025-13-45T99:99:99Z', '2025-12-01T09:00:00Z'),
);

const adversarial = fc.oneof(
  fc.dictionary(fc.constantFrom(...KEYS, ...MORE_KEYS), nasty, { maxKeys: 5 }),
  // A prototype-polluting body, as JSON.parse builds it from the wire.
  nasty.map((v) => JSON.parse(`{"__proto__": ${JSON.stringify(v) ?? 'null'}, "reasonId": "no-answer"}`) as unknown),
  fc.constantFrom(undefined, null, [], 'escalate', 42, true),
);

const payloads = fc.oneof(fc.jsonValue(), adversarial);

type Module = keyof typeof FUNCTION_KEYS;
const CALLER: Record<Module, { accountId: string; key?: string }> = {
  portal: { accountId: ALICE, key: 'SUP-3' },
  agent: { accountId: DAVE, key: 'SUP-4' },
  admin: { accountId: FRANK },
  queue: { accountId: DAVE },
  gadget: { accountId: DAVE },
};

const FUNCTIONS = (Object.keys(FUNCTION_KEYS) as Module[]).flatMap((m) =>
  FUNCTION_KEYS[m].map((fn) => [`${m}.${fn}`, m, fn] as const),
);

let sb: Sandbox;
useSandbox((s) => (sb = s), { fresh: false });

describe.each(FUNCTIONS)('%s with any payload', (_id, module, fn) => {
  it('answers a typed refusal or a valid result, never throws, and a refusal changes nothing', async () => {
    await freshSite(sb);
    const caller = CALLER[module];
    const moduleKey = MODULE_KEYS[module];
    const watched = caller.key ?? 'SUP-3';
    await fc.assert(
      fc.asyncProperty(payloads, async (payload) => {
        const before = await snapshot(sb, watched);
        // A throw here fails the property (the platform would record a failed invocation).
        const body = await invokeWith(
          sb,
          moduleKey,
          fn,
          caller.accountId,
          sb.extensionFor(moduleKey, caller.key),
          payload,
        );
        expect(typeof body).toBe('object');
        expect(body).not.toBeNull();
        const result = body as Body;
        if ('error' in result) {
          const error = result.error as { code: ErrorCode; message: unknown; fields?: unknown };
          expect(CODES).toContain(error.code);
          expect(typeof error.message).toBe('string');
          expect((error.message as string).length).toBeGreaterThan(0);
          if (error.fields !== undefined) expect(Array.isArray(error.fields)).toBe(true);
          expect(await snapshot(sb, watched)).toEqual(before);
        } else if (caller.key && 'requestKey' in result) {
          expect(result.requestKey).toBe(caller.key);
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** A config close to a valid one: one path set to a random value, or removed. */
const CONFIG_PATHS: string[][] = [];
(function collect(value: unknown, path: string[]) {
  CONFIG_PATHS.push(path);
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) collect(v, [...path, k]);
})(DEFAULT_CONFIG, []);

function mutate(config: unknown, path: string[], value: unknown, remove: boolean): unknown {
  if (path.length === 0) return remove ? undefined : value;
  const copy = structuredClone(config) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

const configs = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...CONFIG_PATHS),
      fc.oneof(nasty, fc.boolean(), fc.integer({ min: -5, max: 200 })),
      fc.boolean(),
    )
    .map(([path, value, remove]) => mutate(DEFAULT_CONFIG, path, value, remove)),
  fc.constant(DEFAULT_CONFIG as unknown),
  fc.jsonValue(),
);

describe('saveConfig with fuzzed configs', () => {
  it('accepts exactly what parseConfig accepts; a rejected save changes nothing', async () => {
    await freshSite(sb);
    const seen = await savesExactlyWhatParses(sb, configs, 100);
    // The generator must exercise both sides.
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(0);
  });
});

describe('saveConfig with a -0 delay (the case that once made this suite flaky)', () => {
  it('stores 0, and the config read back equals what parseConfig returned', async () => {
    await freshSite(sb);
    const before = await getConfig(sb);
    const config = mutate(DEFAULT_CONFIG, ['matrix', 'minor', 'lowest'], -0, false);
    expect(
      errorCode(await admin(sb, FRANK, 'saveConfig', { config, expectedVersion: before.version })),
    ).toBeUndefined();
    const parsed = parseConfig(config);
    if (!parsed.ok) throw new Error('expected -0 to be accepted');
    expect(Object.is(parsed.value.matrix.minor.lowest, 0)).toBe(true);
    expect((await getConfig(sb)).config).toEqual(parsed.value);
  });
});
