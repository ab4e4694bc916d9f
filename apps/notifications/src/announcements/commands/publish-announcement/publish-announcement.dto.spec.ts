import { createValidationPipe, ProblemException } from '@csg/http';
import { PublishAnnouncementDto } from './publish-announcement.dto';

const valid = {
  title: 'Session 9: registration is open',
  body: 'Register up to three participants per agency by Friday.',
  priority: 'NORMAL',
  audience: { kind: 'ALL' },
  tlp: 'TLP:CLEAR',
};

const pipe = createValidationPipe();
const publish = (changes: Record<string, unknown>) =>
  pipe.transform({ ...valid, ...changes }, { type: 'body', metatype: PublishAnnouncementDto });

async function refusal(run: Promise<unknown>) {
  try {
    await run;
  } catch (error) {
    if (error instanceof ProblemException) return error.problem;
    throw error;
  }
  throw new Error('accepted');
}

describe('PublishAnnouncementDto.publishAt (ADR 68)', () => {
  it.each(['2026-12-02T03:00:00Z', '2026-12-02T08:00:00+05:00', undefined])(
    'PublishAt_AsAnInstantWithItsOffset_IsAccepted (%s)',
    async (publishAt) => {
      await expect(publish({ publishAt })).resolves.toBeInstanceOf(PublishAnnouncementDto);
    },
  );

  it.each(['2026-12-02T03:00:00', '2026-12-02', '2026-12-02T03:00:00+0500', '2026-02-30T03:00:00Z'])(
    'PublishAt_WithoutAnOffsetOrNotAnInstant_IsA400ProblemNamingPublishAt (%s)',
    async (publishAt) => {
      const problem = await refusal(publish({ publishAt }));
      expect(problem.status).toBe(400);
      expect(problem.errors).toEqual([{ field: 'publishAt', messages: [expect.stringContaining('offset')] }]);
    },
  );
});
