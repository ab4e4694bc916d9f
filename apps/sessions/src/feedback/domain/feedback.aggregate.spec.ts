import { violatedRule } from '@csg/domain';
import { Feedback } from './feedback.aggregate';

/** The time every change in this file happens at. */
const now = new Date();

const completed = { id: 's1', status: 'COMPLETED' };
const attendee = { sub: 'ayesha', attendedRegistrationId: 'r1' };

describe('Feedback', () => {
  it('submit_ByAnAttendeeAfterCompletion_KeepsRatingAndTrimmedComment', () => {
    expect(Feedback.submit('f1', completed, attendee, 5, '  Very useful  ', now).snapshot()).toMatchObject({
      rating: 5,
      comment: 'Very useful',
      registrationId: 'r1',
    });
  });

  it('submit_BeforeCompletion_IsRefused', () => {
    expect(
      violatedRule(() =>
        Feedback.submit('f1', { ...completed, status: 'SCHEDULED' }, attendee, 4, null, now),
      ),
    ).toBe('FEEDBACK.SESSION_NOT_COMPLETED');
  });

  it('submit_BySomeoneWhoDidNotAttend_IsRefused', () => {
    expect(
      violatedRule(() =>
        Feedback.submit('f1', completed, { sub: 'x', attendedRegistrationId: null }, 4, null, now),
      ),
    ).toBe('FEEDBACK.NOT_AN_ATTENDEE');
  });

  it.each([0, 6, 2.5])('submit_WithRating%s_IsRefused', (rating) => {
    expect(violatedRule(() => Feedback.submit('f1', completed, attendee, rating, null, now))).toBe(
      'FEEDBACK.INVALID_RATING',
    );
  });
});
