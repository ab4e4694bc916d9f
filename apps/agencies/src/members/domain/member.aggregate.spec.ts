import { violatedRule } from '@csg/domain';
import { Member } from './member.aggregate';
import { assertAgencyKeepsAnAdmin } from './agency-keeps-an-admin.rule';

/** The time every change in this file happens at. */
const now = new Date();

const details = { sub: 'alice', email: ' Alice@HD.gov.pk ', displayName: ' Alice ', role: 'member' as const };

describe('Member', () => {
  it('add_NewPerson_IsVersion1WithNormalisedDetails', () => {
    expect(Member.add('agency-1', details, now).snapshot()).toMatchObject({
      agencyId: 'agency-1',
      sub: 'alice',
      email: 'alice@hd.gov.pk',
      displayName: 'Alice',
      title: null,
      role: 'member',
      version: 1,
    });
  });

  it('change_Role_IsARoleChangeAndBumpsTheVersion', () => {
    const member = Member.add('a', details, now);
    expect(member.change({ role: 'agency-admin' }, now)).toBe('role');
    expect(member.snapshot()).toMatchObject({ role: 'agency-admin', version: 2 });
  });

  it('change_TitleOnly_IsADetailsChange', () => {
    const member = Member.add('a', details, now);
    expect(member.change({ title: 'CISO' }, now)).toBe('details');
    expect(member.snapshot()).toMatchObject({ title: 'CISO', version: 2 });
  });

  it('change_SameValues_ChangesNothing', () => {
    const member = Member.add('a', details, now);
    expect(member.change({ role: 'member', displayName: 'Alice', email: 'ALICE@hd.gov.pk' }, now)).toBe(
      'none',
    );
    expect(member.snapshot().version).toBe(1);
  });

  it('remove_IsOneMoreVersionOfTheMembership', () => {
    const member = Member.add('a', details, now);
    expect(member.remove(now).version).toBe(2);
  });

  it('assertVersion_Stale_IsAMismatch', () => {
    const member = Member.add('a', details, now);
    member.change({ title: 'x' }, now);
    expect(violatedRule(() => member.assertVersion([1]))).toBe('MEMBER.VERSION_MISMATCH');
  });
});

describe('an agency always keeps an agency-admin', () => {
  const admin = { role: 'agency-admin' as const };

  it('refuses to remove the last agency-admin', () => {
    expect(violatedRule(() => assertAgencyKeepsAnAdmin(admin, 'removed', 1))).toBe('MEMBER.LAST_ADMIN');
  });

  it('refuses to demote the last agency-admin', () => {
    expect(violatedRule(() => assertAgencyKeepsAnAdmin(admin, 'member', 1))).toBe('MEMBER.LAST_ADMIN');
  });

  it('lets one of two agency-admins go', () => {
    expect(violatedRule(() => assertAgencyKeepsAnAdmin(admin, 'removed', 2))).toBeUndefined();
  });

  it('lets a plain member go whatever the admin count', () => {
    expect(violatedRule(() => assertAgencyKeepsAnAdmin({ role: 'member' }, 'removed', 1))).toBeUndefined();
  });

  it('lets an agency-admin stay agency-admin', () => {
    expect(violatedRule(() => assertAgencyKeepsAnAdmin(admin, 'agency-admin', 1))).toBeUndefined();
  });
});
