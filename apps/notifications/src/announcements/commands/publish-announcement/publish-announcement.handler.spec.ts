import type { PersonPrincipal } from '@csg/auth';
import { createPlatformEventRegistry } from '@csg/contracts';
import type { UnitOfWork } from '@csg/messaging';
import { InMemoryUnitOfWork } from '@csg/messaging/outbox/in-memory-unit-of-work';
import { TestClock } from '@csg/testing/test-clock';
import { NOTIFICATIONS_OUTBOX } from '../../../notifications.outbox';
import type { Announcement } from '../../domain/announcement.aggregate';
import {
  AnnouncementAudience,
  AnnouncementRepository,
  AnnouncementSchedule,
} from '../../domain/announcement.ports';
import { AnnouncementPublisher } from './announcement.publisher';
import { PublishAnnouncementCommand } from './publish-announcement.command';
import { PublishAnnouncementHandler } from './publish-announcement.handler';
import type { PublishAnnouncementDto } from './publish-announcement.dto';

class InMemoryAnnouncements extends AnnouncementRepository {
  readonly rows = new Map<string, Announcement>();
  constructor(private readonly uow: UnitOfWork) {
    super();
  }
  async insert(a: Announcement): Promise<void> {
    this.rows.set(a.snapshot().id, a);
    this.uow.current.track(a);
  }
  async lock(id: string): Promise<Announcement | null> {
    return this.rows.get(id) ?? null;
  }
  async savePublished(a: Announcement): Promise<void> {
    this.rows.set(a.snapshot().id, a);
    this.uow.current.track(a);
  }
}

class CountingAudience extends AnnouncementAudience {
  told: string[] = [];
  constructor(private readonly size: number) {
    super();
  }
  async tell(a: Announcement): Promise<number> {
    this.told.push(a.snapshot().id);
    return this.size;
  }
}

class RecordedSchedule extends AnnouncementSchedule {
  due: Array<[string, Date]> = [];
  async publishAt(id: string, at: Date): Promise<void> {
    this.due.push([id, at]);
  }
}

const organiser: PersonPrincipal = {
  kind: 'person',
  sub: 'organiser-1',
  platformRoles: ['organiser'],
  memberships: [],
};
const draft = (overrides: Partial<PublishAnnouncementDto> = {}): PublishAnnouncementDto => ({
  title: 'Session 9',
  body: 'Registration is open.',
  priority: 'NORMAL',
  audience: { kind: 'ALL', values: [] },
  tlp: 'TLP:GREEN',
  ...overrides,
});

function setup(audienceSize = 3) {
  const unitOfWork = new InMemoryUnitOfWork(
    createPlatformEventRegistry(),
    NOTIFICATIONS_OUTBOX,
    '/csg/notifications',
  );
  const announcements = new InMemoryAnnouncements(unitOfWork);
  const audience = new CountingAudience(audienceSize);
  const schedule = new RecordedSchedule();
  const clock = new TestClock();
  const publisher = new AnnouncementPublisher(announcements, audience, clock);
  const handler = new PublishAnnouncementHandler(unitOfWork, announcements, schedule, publisher, clock);
  const publish = (d: PublishAnnouncementDto) =>
    handler.execute(new PublishAnnouncementCommand(d, organiser));
  return { unitOfWork, announcements, audience, schedule, publisher, publish, clock };
}

describe('PublishAnnouncementHandler', () => {
  it('Publish_WithoutPublishAt_TellsTheAudienceAndPublishesAnnouncementPublishedOnce', async () => {
    const { publish, unitOfWork, audience } = setup(3);
    const { body } = await publish(draft());
    expect(body).toMatchObject({ status: 'PUBLISHED', recipientCount: 3, version: 2 });
    expect(audience.told).toEqual([body.id]);
    expect(unitOfWork.published).toEqual([
      expect.objectContaining({
        type: 'csg.notifications.announcement.published.v1',
        key: body.id,
        data: expect.objectContaining({
          announcementId: body.id,
          title: 'Session 9',
          recipientCount: 3,
          tlp: 'TLP:GREEN',
        }),
      }),
    ]);
  });

  it('Publish_WithAFuturePublishAt_SchedulesItAndPublishesNothingYet', async () => {
    const { publish, unitOfWork, schedule, audience, clock } = setup();
    const at = new Date(clock.now().getTime() + 3_600_000);
    const { body } = await publish(draft({ publishAt: at.toISOString() }));
    expect(body).toMatchObject({ status: 'SCHEDULED', recipientCount: null });
    expect(schedule.due).toEqual([[body.id, at]]);
    expect(audience.told).toEqual([]);
    expect(unitOfWork.published).toEqual([]);
  });

  it('TheScheduler_WhenDue_PublishesOnce_AndASecondRunChangesNothing', async () => {
    const { publish, publisher, unitOfWork, announcements, clock } = setup(5);
    const { body } = await publish(draft({ publishAt: new Date(clock.now().getTime() + 50).toISOString() }));
    clock.advance(60);
    await unitOfWork.run(() => publisher.run(body.id));
    await unitOfWork.run(() => publisher.run(body.id));
    expect(announcements.rows.get(body.id)?.snapshot()).toMatchObject({
      status: 'PUBLISHED',
      recipientCount: 5,
    });
    expect(unitOfWork.published.map((e) => e.type)).toEqual(['csg.notifications.announcement.published.v1']);
  });

  it('Publish_Red_PublishesIdsWithoutContent', async () => {
    const { publish, unitOfWork } = setup(1);
    await publish(draft({ tlp: 'TLP:RED', recipientSubs: ['someone'] }));
    expect(unitOfWork.published[0].data).toMatchObject({
      title: null,
      body: null,
      audience: { kind: 'ALL', values: [] },
    });
  });

  it('Publish_WithAMarkingTheAudienceCannotCarry_IsRefusedAndPublishesNothing', async () => {
    const { publish, unitOfWork, announcements } = setup();
    await expect(publish(draft({ tlp: 'TLP:AMBER' }))).rejects.toMatchObject({
      code: 'ANNOUNCEMENT.MARKING_NEEDS_NAMED_AGENCIES',
    });
    expect(announcements.rows.size).toBe(0);
    expect(unitOfWork.published).toEqual([]);
  });
});
