import { agencyDetails, codeOf, inMemoryAgencies } from '../../../../test/in-memory-agencies.fixture';
import { Agency } from '../../../agencies/domain/agency.aggregate';
import { ChangeMemberCommand } from './change-member.command';
import { ChangeMemberHandler } from './change-member.handler';

/** The time every change in this file happens at. */
const now = new Date();

describe('ChangeMemberHandler', () => {
  const setup = () => {
    const ports = inMemoryAgencies();
    const agency = ports.agencies.given(Agency.register(agencyDetails(), null, now));
    const person = (sub: string, role: 'agency-admin' | 'member') =>
      ports.members.given(agency.id, { sub, email: `${sub}@x.gov`, displayName: sub, role });
    return {
      ...ports,
      agency,
      person,
      handler: new ChangeMemberHandler(ports.unitOfWork, ports.agencies, ports.members, ports.clock),
    };
  };

  it('ChangeMember_WhenTheRoleChanges_PublishesMemberRoleChangedWithTheNextVersion', async () => {
    const { handler, agency, person, unitOfWork } = setup();
    const bob = person('bob', 'member');
    const view = await handler.execute(
      new ChangeMemberCommand(agency.id, bob.id, [1], { role: 'agency-admin' }),
    );
    expect(view).toMatchObject({ role: 'agency-admin', version: 2 });
    expect(unitOfWork.published.map((e) => [e.type, e.data.role, e.data.version])).toEqual([
      ['csg.agencies.member.role-changed.v1', 'agency-admin', 2],
    ]);
  });

  it('ChangeMember_WhenOnlyTheTitleChanges_PublishesMemberUpdated', async () => {
    const { handler, agency, person, unitOfWork } = setup();
    const bob = person('bob', 'member');
    await handler.execute(new ChangeMemberCommand(agency.id, bob.id, undefined, { title: 'Analyst' }));
    expect(unitOfWork.published.map((e) => [e.type, e.data.title])).toEqual([
      ['csg.agencies.member.updated.v1', 'Analyst'],
    ]);
  });

  it('ChangeMember_WhenItWouldDemoteTheLastAdmin_AnswersLastAdminAndChangesNothing', async () => {
    const { handler, agency, person, members, unitOfWork } = setup();
    const admin = person('admin', 'agency-admin');
    const attempt = handler.execute(
      new ChangeMemberCommand(agency.id, admin.id, undefined, { role: 'member' }),
    );
    expect(await codeOf(attempt)).toBe('MEMBER.LAST_ADMIN');
    expect(members.rows.get(admin.id)?.role).toBe('agency-admin');
    expect(unitOfWork.published).toEqual([]);
  });

  it('ChangeMember_WhenNothingChanges_KeepsTheVersionAndPublishesNothing', async () => {
    const { handler, agency, person, unitOfWork } = setup();
    const bob = person('bob', 'member');
    const view = await handler.execute(
      new ChangeMemberCommand(agency.id, bob.id, undefined, { role: 'member' }),
    );
    expect(view.version).toBe(1);
    expect(unitOfWork.published).toEqual([]);
  });
});
