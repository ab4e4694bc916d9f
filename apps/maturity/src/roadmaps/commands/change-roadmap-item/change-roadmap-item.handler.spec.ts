import type { PersonPrincipal } from '@csg/auth';
import { codeOf } from '../../../../test/in-memory-campaigns.fixture';
import { inMemoryRoadmaps } from '../../../../test/in-memory-roadmaps.fixture';
import { PlanRoadmapItemCommand } from '../plan-roadmap-item/plan-roadmap-item.command';
import { PlanRoadmapItemHandler } from '../plan-roadmap-item/plan-roadmap-item.handler';
import { ChangeRoadmapItemCommand } from './change-roadmap-item.command';
import { ChangeRoadmapItemHandler } from './change-roadmap-item.handler';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const person = (sub: string, role?: 'agency-admin' | 'member'): PersonPrincipal => ({
  kind: 'person',
  sub,
  platformRoles: [],
  memberships: role ? [{ agencyId: AGENCY, role, agencyStatus: 'ACTIVE' }] : [],
});
const details = {
  title: 'MFA',
  subcategoryIds: ['PR.AA-01'],
  ownerSub: 'bob',
  priority: 'P1' as const,
  effort: 'M' as const,
  dueOn: '2030-03-31',
};

describe('PlanRoadmapItemHandler and ChangeRoadmapItemHandler', () => {
  const setup = () => {
    const ports = inMemoryRoadmaps();
    return {
      ...ports,
      plan: new PlanRoadmapItemHandler(ports.unitOfWork, ports.items, ports.members, ports.clock),
      change: new ChangeRoadmapItemHandler(ports.unitOfWork, ports.items, ports.members, ports.clock),
    };
  };

  it('Plan_SavesTheItemWithAReminderAndPublishesItemPlannedMarkedAmberStrict', async () => {
    const { plan, items, unitOfWork } = setup();
    const { body } = await plan.execute(new PlanRoadmapItemCommand(AGENCY, details, 'alice'));
    expect(items.rows.get(body.id)).toMatchObject({ status: 'PLANNED', version: 1 });
    expect(items.reminders.get(body.id)?.toISOString()).toBe('2030-03-24T00:00:00.000Z');
    expect(unitOfWork.published).toEqual([
      expect.objectContaining({
        type: 'csg.maturity.roadmap.item-planned.v1',
        key: AGENCY,
        data: expect.objectContaining({ itemId: body.id, tlp: 'TLP:AMBER+STRICT' }),
      }),
    ]);
  });

  it('Plan_WithAnOwnerWhoIsNotAMemberOfTheAgency_IsRefusedWithOwnerNotMember_AndSavesNothing', async () => {
    const { plan, items, members, unitOfWork } = setup();
    members.outsider(AGENCY, 'mallory');
    expect(
      await codeOf(
        plan.execute(new PlanRoadmapItemCommand(AGENCY, { ...details, ownerSub: 'mallory' }, 'alice')),
      ),
    ).toBe('ROADMAP.OWNER_NOT_MEMBER');
    expect(items.rows.size).toBe(0);
    expect(unitOfWork.published).toEqual([]);
  });

  it('Change_OwnerToSomeoneOutsideTheAgency_IsRefusedWithOwnerNotMember_ButAnOwnerWhoLeftStaysOnOtherChanges', async () => {
    const { plan, change, items, members } = setup();
    const { body } = await plan.execute(new PlanRoadmapItemCommand(AGENCY, details, 'alice'));
    members.outsider(AGENCY, 'mallory');
    expect(
      await codeOf(
        change.execute(
          new ChangeRoadmapItemCommand(
            body.id,
            { ownerSub: 'mallory' },
            [1],
            person('alice', 'agency-admin'),
          ),
        ),
      ),
    ).toBe('ROADMAP.OWNER_NOT_MEMBER');
    expect(items.rows.get(body.id)).toMatchObject({ ownerSub: 'bob', version: 1 });
    members.outsider(AGENCY, 'bob');
    await expect(
      change.execute(
        new ChangeRoadmapItemCommand(body.id, { title: 'MFA now' }, [1], person('alice', 'agency-admin')),
      ),
    ).resolves.toMatchObject({ ownerSub: 'bob', version: 2 });
  });

  it('Change_StatusToDoneByItsOwner_PublishesTheStatusChangeAndDropsTheReminder', async () => {
    const { plan, change, items, unitOfWork } = setup();
    const { body } = await plan.execute(new PlanRoadmapItemCommand(AGENCY, details, 'alice'));
    const done = await change.execute(
      new ChangeRoadmapItemCommand(body.id, { status: 'DONE' }, [1], person('bob', 'member')),
    );
    expect(done).toMatchObject({ status: 'DONE', version: 2 });
    expect(items.reminders.has(body.id)).toBe(false);
    expect(unitOfWork.published.at(-1)).toMatchObject({
      type: 'csg.maturity.roadmap.item-status-changed.v1',
      data: { status: 'DONE', previousStatus: 'PLANNED', version: 2 },
    });
  });

  it('Change_ByAnotherMemberOrOutsider_IsRefusedOrNotFound_AndPublishesNothing', async () => {
    const { plan, change, unitOfWork } = setup();
    const { body } = await plan.execute(new PlanRoadmapItemCommand(AGENCY, details, 'alice'));
    const published = unitOfWork.published.length;
    expect(
      await codeOf(
        change.execute(
          new ChangeRoadmapItemCommand(body.id, { status: 'DONE' }, undefined, person('carol', 'member')),
        ),
      ),
    ).toBe('ROADMAP.NOT_ITEM_OWNER');
    expect(
      await codeOf(
        change.execute(new ChangeRoadmapItemCommand(body.id, { status: 'DONE' }, undefined, person('dave'))),
      ),
    ).toBe('ROADMAP.ITEM_NOT_FOUND');
    expect(
      await codeOf(
        change.execute(
          new ChangeRoadmapItemCommand(body.id, { status: 'DONE' }, [9], person('bob', 'member')),
        ),
      ),
    ).toBe('ROADMAP.VERSION_MISMATCH');
    expect(unitOfWork.published).toHaveLength(published);
  });
});
