import { anEscalation } from '../../../test/builders';
import { emptyRecord } from '../record';
import { csvField, csvLine, exportRows } from './csv';

describe('CSV fields (RFC 4180, no formula injection)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+33 3 88', "'+33 3 88"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['SUP-12', 'SUP-12'], // only a first character is checked: a dash further on is kept as is
    ['a=b+c', 'a=b+c'],
    ['Résumé élevé', 'Résumé élevé'],
  ])('%j → %j', (value, expected) => expect(csvField(value)).toBe(expected));

  it('lines end with CRLF', () => expect(csvLine(['a', 'b,c'])).toBe('a,"b,c"\r\n'));
});

describe('exportRows', () => {
  it('one row per escalation, in level order, with ISO 8601 dates in UTC and the labels', () => {
    const record = {
      ...emptyRecord('SUP-12'),
      escalations: [
        {
          level: 2,
          at: '2026-12-02T10:00:00+01:00',
          byAccountId: 'a',
          reasonId: 'too-slow',
          details: '',
          effects: {},
        },
        {
          level: 1,
          at: '2026-12-01T09:00:00.000Z',
          byAccountId: 'a',
          reasonId: 'no-answer',
          details: '',
          effects: {},
          acknowledgedAt: '2026-12-01T09:30:00.000Z',
          closedAt: '2026-12-01T12:00:00.000Z',
          facets: {
            requestType: { id: '10', name: 'Demande informatique' },
            organizations: [
              { id: '1', name: 'Acme' },
              { id: '2', name: null },
            ],
            policyId: 'default',
            followUpsBefore: 1,
          },
        },
      ],
    };
    const rows = exportRows(record, {
      summary: 'Écran noir',
      reason: (id) => `R:${id}`,
      policy: (id) => `P:${id}`,
    });
    expect(rows).toEqual([
      [
        'SUP-12',
        'Écran noir',
        'SUP',
        'Demande informatique',
        'Acme; 2',
        '1',
        'R:no-answer',
        '2026-12-01T09:00:00.000Z',
        '2026-12-01T09:30:00.000Z',
        '2026-12-01T12:00:00.000Z',
        '',
        'P:default',
      ],
      ['SUP-12', 'Écran noir', 'SUP', '', '', '2', 'R:too-slow', '2026-12-02T09:00:00.000Z', '', '', '', 'P:default'],
    ]);
  });
});

describe('exportRows: the closing reason column', () => {
  const closed = {
    ...emptyRecord('SUP-12'),
    escalations: [
      anEscalation({
        at: '2026-12-01T09:00:00.000Z',
        closedAt: '2026-12-01T12:00:00.000Z',
        closeReasonId: 'workaround',
      }),
    ],
  };
  const labels = { summary: 's', reason: (id: string) => id, policy: (id: string) => id };
  it.each([
    { given: 'a label for closing reasons', more: { closeReason: (id: string) => `C:${id}` }, cell: 'C:workaround' },
    { given: 'no label function: the reason’s id', more: {}, cell: 'workaround' },
  ])('given $given, then $cell', ({ more, cell }) => {
    expect(exportRows(closed, { ...labels, ...more })[0][10]).toBe(cell);
  });
});

describe('exportRows: the request type and organizations columns', () => {
  it.each([
    { given: 'no request type and no organization', requestType: null, organizations: [], cells: ['', ''] },
    {
      given: 'an unnamed request type and organization: their ids',
      requestType: { id: '10', name: null },
      organizations: [{ id: '2', name: null }],
      cells: ['10', '2'],
    },
  ])('given $given, then $cells', ({ requestType, organizations, cells }) => {
    const facets = { requestType, organizations, policyId: 'default', followUpsBefore: 0 };
    const record = { ...emptyRecord('SUP-12'), escalations: [anEscalation({ facets })] };
    const labels = { summary: 's', reason: (id: string) => id, policy: (id: string) => id };
    expect(exportRows(record, labels)[0].slice(3, 5)).toStrictEqual(cells);
  });
});
