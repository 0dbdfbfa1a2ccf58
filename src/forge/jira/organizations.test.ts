import { toOrganizations, toRequestFacts } from './map-rest';

describe('the JSM Organizations field', () => {
  it('maps OrganizationDTOs to { id, name }, drops entries without an id, keeps a missing name as null', () => {
    expect(
      toOrganizations([
        { id: '1', name: 'Transports Martin', scimManaged: false, _links: { self: 'https://x/organization/1' } },
        { id: 2 },
        { name: 'no id' },
        null,
        'junk',
      ]),
    ).toEqual([
      { id: '1', name: 'Transports Martin' },
      { id: '2', name: null },
    ]);
    expect(toOrganizations(null)).toEqual([]);
    expect(toOrganizations({ id: '1' })).toEqual([]);
  });

  it('is read only when the field was found (absent = not read, [] = none on the request)', () => {
    const issue = { key: 'SUP-1', fields: { customfield_10002: [{ id: '1', name: 'A' }] } };
    const ids = { impact: null, urgency: null };
    expect(toRequestFacts(issue, ids).organizations).toBeUndefined();
    expect(toRequestFacts(issue, { ...ids, organizations: 'customfield_10002' }).organizations).toEqual([
      { id: '1', name: 'A' },
    ]);
    expect(
      toRequestFacts({ key: 'SUP-2', fields: {} }, { ...ids, organizations: 'customfield_10002' }).organizations,
    ).toEqual([]);
  });
});
