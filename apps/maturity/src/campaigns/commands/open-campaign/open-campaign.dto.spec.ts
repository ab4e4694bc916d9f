import { createValidationPipe, ProblemException } from '@csg/http';
import { OpenCampaignDto } from './open-campaign.dto';

const valid = {
  name: 'CSF baseline after session 8',
  frameworkId: 'nist-csf-2.0',
  opensAt: '2026-12-10T00:00:00Z',
  closesAt: '2027-01-10T00:00:00+05:00',
  audience: { kind: 'ALL' },
  targets: { default: 3 },
};

const pipe = createValidationPipe();
const open = (changes: Record<string, unknown>) =>
  pipe.transform({ ...valid, ...changes }, { type: 'body', metatype: OpenCampaignDto });

async function refusedFields(run: Promise<unknown>) {
  try {
    await run;
  } catch (error) {
    if (error instanceof ProblemException && error.problem.status === 400)
      return (error.problem.errors ?? []).map((e) => e.field);
    throw error;
  }
  throw new Error('accepted');
}

describe('OpenCampaignDto (ADR 68)', () => {
  it('OpenCampaign_WithInstantsWithTheirOffsets_IsAccepted', async () => {
    await expect(open({})).resolves.toBeInstanceOf(OpenCampaignDto);
  });

  it.each(['2026-12-10T00:00:00', '2026-12-10'])(
    'OpenCampaign_WithAWindowWithoutAnOffset_IsA400ProblemNamingTheField (%s)',
    async (instant) => {
      expect(await refusedFields(open({ opensAt: instant, closesAt: instant }))).toEqual([
        'opensAt',
        'closesAt',
      ]);
    },
  );

  it('OpenCampaign_WithAListWhereAnObjectBelongs_IsA400Problem', async () => {
    expect(await refusedFields(open({ targets: [{ default: 3 }] }))).toEqual(['targets']);
  });
});
