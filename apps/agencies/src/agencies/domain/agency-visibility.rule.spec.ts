import { agencyIsVisibleTo, type Viewer } from './agency-visibility.rule';

const person = (sub: string, memberOf: string[] = []): Viewer => ({ operatesPlatform: false, sub, memberOf });
const organiser: Viewer = { operatesPlatform: true, sub: 'org', memberOf: [] };
const agency = (
  status: 'PENDING_VERIFICATION' | 'ACTIVE' | 'SUSPENDED',
  applicantSub: string | null = null,
) => ({
  id: 'a',
  status,
  applicantSub,
});

describe('who sees an agency', () => {
  it('everyone signed in sees an ACTIVE agency', () => {
    expect(agencyIsVisibleTo(person('x'), agency('ACTIVE'))).toBe(true);
  });

  it('a pending application is seen by its applicant and operators only', () => {
    expect(agencyIsVisibleTo(person('alice'), agency('PENDING_VERIFICATION', 'alice'))).toBe(true);
    expect(agencyIsVisibleTo(organiser, agency('PENDING_VERIFICATION', 'alice'))).toBe(true);
    expect(agencyIsVisibleTo(person('bob'), agency('PENDING_VERIFICATION', 'alice'))).toBe(false);
  });

  it('a suspended agency is seen by its own members and operators only', () => {
    expect(agencyIsVisibleTo(person('m', ['a']), agency('SUSPENDED'))).toBe(true);
    expect(agencyIsVisibleTo(organiser, agency('SUSPENDED'))).toBe(true);
    expect(agencyIsVisibleTo(person('m', ['b']), agency('SUSPENDED'))).toBe(false);
  });

  it('nobody without a person identity sees anything', () => {
    expect(agencyIsVisibleTo({ operatesPlatform: false, sub: null, memberOf: [] }, agency('ACTIVE'))).toBe(
      false,
    );
  });
});
