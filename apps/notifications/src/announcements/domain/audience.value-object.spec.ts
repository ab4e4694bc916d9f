import { audienceOf } from './audience.value-object';

const A = '11111111-1111-4111-8111-111111111111';

describe('audienceOf', () => {
  it('ALL_TakesNoValues', () => {
    expect(audienceOf('ALL', [])).toEqual({ kind: 'ALL', values: [] });
    expect(() => audienceOf('ALL', ['FEDERAL'])).toThrow(
      expect.objectContaining({ code: 'ANNOUNCEMENT.AUDIENCE_VALUES_INVALID' }),
    );
  });

  it('TIERS_AcceptsKnownTiersOnly_AndDropsDuplicates', () => {
    expect(audienceOf('TIERS', ['FEDERAL', 'FEDERAL', 'PROVINCIAL']).values).toEqual([
      'FEDERAL',
      'PROVINCIAL',
    ]);
    expect(() => audienceOf('TIERS', ['GALACTIC'])).toThrow(/not valid tiers: GALACTIC/);
  });

  it('SECTORS_AcceptsKnownSectorsOnly', () => {
    expect(audienceOf('SECTORS', ['EDUCATION']).values).toEqual(['EDUCATION']);
    expect(() => audienceOf('SECTORS', [])).toThrow(/at least one/);
  });

  it('AGENCIES_And_SESSION_PARTICIPANTS_NameIds', () => {
    expect(audienceOf('AGENCIES', [A.toUpperCase()]).values).toEqual([A]);
    expect(() => audienceOf('SESSION_PARTICIPANTS', ['not-an-id'])).toThrow(/not valid ids/);
  });
});
