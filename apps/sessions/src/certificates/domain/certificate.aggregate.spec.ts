import { violatedRule } from '@csg/domain';
import { certify } from './certificate-issuance.rule';
import type { Attendee } from './certificate.aggregate';
import {
  canonicalVerificationCode,
  digestOf,
  newVerificationCode,
  printedVerificationCode,
  sameDigest,
} from './verification-code.value-object';

const NOW = new Date('2026-12-10T12:00:00Z');
const session = (status: string) => ({
  id: 's1',
  status,
  sequence: 8,
  title: 'Identifying cyber risk',
  startsAt: new Date('2026-12-10T05:00:00Z'),
  endsAt: new Date('2026-12-10T10:00:00Z'),
  timezone: 'Asia/Karachi',
});
const attendee = (id: string, overrides: Partial<Attendee> = {}): Attendee => ({
  registrationId: id,
  agencyId: 'a1',
  agencyName: 'Higher Education Commission',
  sub: null,
  name: `Person ${id}`,
  email: `${id}@hec.gov.pk`,
  status: 'CONFIRMED',
  attendedAt: new Date('2026-12-10T05:10:00Z'),
  ...overrides,
});
let ids = 0;
const issue = { newId: () => `c${++ids}`, newCode: newVerificationCode, now: NOW };

describe('certificates of attendance', () => {
  it('certify_ACompletedSession_CertifiesEachConfirmedAttendeeOnce', () => {
    const issued = certify(
      session('COMPLETED'),
      [attendee('r1'), attendee('r2', { status: 'CANCELLED' }), attendee('r3', { attendedAt: null })],
      issue,
    );
    expect(issued.map((c) => c.snapshot().registrationId)).toEqual(['r1']);
    expect(issued[0].snapshot()).toMatchObject({
      sessionId: 's1',
      participantName: 'Person r1',
      agencyName: 'Higher Education Commission',
      issuedAt: NOW,
      revokedAt: null,
    });
    expect(issued[0].pullRecordedEvents()).toMatchObject([
      { email: 'r1@hec.gov.pk', session: { sequence: 8, timezone: 'Asia/Karachi' } },
    ]);
  });

  it('certify_BeforeCompletion_CertifiesNobody', () => {
    expect(certify(session('SCHEDULED'), [attendee('r1')], issue)).toEqual([]);
  });

  it('revoke_Once_RecordsIt_Twice_IsRefused', () => {
    const [certificate] = certify(session('COMPLETED'), [attendee('r1')], issue);
    certificate.pullRecordedEvents();
    certificate.revoke(' Left before the first workshop ', NOW);
    expect(certificate.snapshot()).toMatchObject({
      revokedAt: NOW,
      revocationReason: 'Left before the first workshop',
    });
    expect(certificate.pullRecordedEvents().map((f) => f.constructor.name)).toEqual(['CertificateRevoked']);
    expect(violatedRule(() => certificate.revoke('again', NOW))).toBe('CERTIFICATE.REVOKED');
  });
});

describe('verification codes', () => {
  it('newVerificationCode_Carries140RandomBits_InAnAlphabetWithNothingToMisread', () => {
    const codes = new Set(Array.from({ length: 1_000 }, newVerificationCode));
    expect(codes.size).toBe(1_000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{28}$/);
  });

  it('canonicalVerificationCode_IgnoresCaseSpacesAndDashes_AndRefusesWhatCannotBeACode', () => {
    const code = newVerificationCode();
    const printed = printedVerificationCode(code);
    expect(printed).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
    expect(canonicalVerificationCode(` ${printed.toLowerCase()} `)).toBe(code);
    expect(canonicalVerificationCode(code.slice(1))).toBeNull();
    expect(canonicalVerificationCode('U'.repeat(28))).toBeNull();
    expect(canonicalVerificationCode('O'.repeat(28))).toBe('0'.repeat(28));
  });

  it('sameDigest_ComparesDigestsOfEqualLength', () => {
    const code = newVerificationCode();
    expect(sameDigest(digestOf(code), digestOf(code))).toBe(true);
    expect(sameDigest(digestOf(code), digestOf(newVerificationCode()))).toBe(false);
    expect(sameDigest(digestOf(code), Buffer.alloc(3))).toBe(false);
  });
});
