import {
  cancellationWithdrawsAnnouncement,
  lateJoinerIsTold,
  sessionHasEnded,
  withdrawalOf,
} from './session-participants-reach.rule';

const now = new Date('2026-12-02T05:00:00.000Z');
const later = new Date(now.getTime() + 3_600_000);
const earlier = new Date(now.getTime() - 3_600_000);

describe('who a SESSION_PARTICIPANTS announcement reaches after publishing', () => {
  describe('lateJoinerIsTold', () => {
    it('LateJoiner_WhileTheSessionIsScheduledAndNotOver_IsTold', () => {
      expect(lateJoinerIsTold({ status: 'SCHEDULED', endsAt: later }, now)).toBe(true);
    });

    it('LateJoiner_WhenTheSessionIsNotKnownYet_IsTold', () => {
      expect(lateJoinerIsTold({ status: null, endsAt: null }, now)).toBe(true);
      expect(lateJoinerIsTold({ status: null, endsAt: later }, now)).toBe(true);
    });

    it('LateJoiner_AfterTheSessionWasCompletedOrCancelled_IsNotTold', () => {
      expect(lateJoinerIsTold({ status: 'COMPLETED', endsAt: later }, now)).toBe(false);
      expect(lateJoinerIsTold({ status: 'CANCELLED', endsAt: later }, now)).toBe(false);
    });

    it('LateJoiner_OnceTheSessionsEndHasPassed_IsNotTold', () => {
      expect(lateJoinerIsTold({ status: 'SCHEDULED', endsAt: earlier }, now)).toBe(false);
      expect(sessionHasEnded({ status: 'SCHEDULED', endsAt: now }, now)).toBe(true);
    });
  });

  describe('cancellationWithdrawsAnnouncement', () => {
    it('Cancellation_BeforeThePublishing_WithdrawsIt', () => {
      expect(cancellationWithdrawsAnnouncement(earlier, now)).toBe(true);
    });

    it('Cancellation_AtOrAfterThePublishing_KeepsIt', () => {
      expect(cancellationWithdrawsAnnouncement(now, now)).toBe(false);
      expect(cancellationWithdrawsAnnouncement(later, now)).toBe(false);
    });
  });

  describe('withdrawalOf', () => {
    const untouched = { readAt: null, digestedAt: null, emailSent: false };

    it('Notification_NotReadNotMailedNotDigested_IsDeleted', () => {
      expect(withdrawalOf(untouched)).toBe('DELETE');
    });

    it('Notification_AlreadyRead_IsKept', () => {
      expect(withdrawalOf({ ...untouched, readAt: earlier })).toBe('KEEP');
      expect(withdrawalOf({ readAt: earlier, digestedAt: earlier, emailSent: true })).toBe('KEEP');
    });

    it('Notification_UnreadButMailedOrDigested_LeavesTheInboxAndStaysAsARecord', () => {
      expect(withdrawalOf({ ...untouched, emailSent: true })).toBe('HIDE_FROM_INBOX');
      expect(withdrawalOf({ ...untouched, digestedAt: earlier })).toBe('HIDE_FROM_INBOX');
    });
  });
});
