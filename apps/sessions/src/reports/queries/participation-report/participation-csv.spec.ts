import { csvField, participationCsv } from './participation-csv';

describe('participation CSV', () => {
  it('csvField_QuotesCommasQuotesAndLineBreaks_AndDefusesFormulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
  });

  it('participationCsv_HasOneLinePerSessionAndAgencyThenTierAndSector', () => {
    const counts = { registered: 3, confirmed: 2, waitlisted: 1, cancelled: 0, attended: 2 };
    const csv = participationCsv({
      from: null,
      to: null,
      rows: [
        {
          sessionId: 's',
          sequence: 8,
          sessionTitle: 'Session 8, roadmaps',
          startsAt: '2026-12-10T05:00:00.000Z',
          sessionStatus: 'COMPLETED',
          agencyId: 'a',
          agencyName: 'Higher Education Commission',
          agencyAcronym: 'HEC',
          tier: 'FEDERAL',
          sector: 'EDUCATION',
          ...counts,
        },
      ],
      byTier: [{ key: 'FEDERAL', ...counts }],
      bySector: [{ key: 'EDUCATION', ...counts }],
    });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      'SESSION_AGENCY,s,8,"Session 8, roadmaps",2026-12-10T05:00:00.000Z,COMPLETED,a,HEC,Higher Education Commission,FEDERAL,EDUCATION,3,2,1,0,2',
    );
    expect(lines[2]).toBe('TIER,,,,,,,,,FEDERAL,,3,2,1,0,2');
    expect(lines[3]).toBe('SECTOR,,,,,,,,,,EDUCATION,3,2,1,0,2');
  });
});
