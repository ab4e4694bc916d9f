import { agencyDetails, codeOf, inMemoryAgencies } from '../../../../test/in-memory-agencies.fixture';
import { Agency } from '../../../agencies/domain/agency.aggregate';
import { RemoveMemberCommand } from './remove-member.command';
import { RemoveMemberHandler } from './remove-member.handler';

/** The time every change in this file happens at. */
const now = new Date();

describe('RemoveMemberHandler', () => {
  const setup = () => {
    const ports = inMemoryAgencies();
    const agency = ports.agencies.given(Agency.register(agencyDetails(), null, now));
    const person = (agencyId: string, sub: string, role: 'agency-admin' | 'member') =>
      ports.members.given(agencyId, { sub, email: `${sub}@x.gov`, displayName: sub, role });
    return {
      ...ports,
      agency,
      person,
      handler: new RemoveMemberHandler(ports.unitOfWork, ports.agencies, ports.members, ports.clock),
    };
  };

  it('RemoveMember_WhenAMemberLeaves_DeletesThemAndPublishesTheirLastStateOneVersionOn', async () => {
    const { handler, agency, person, members, unitOfWork } = setup();
    const bob = person(agency.id, 'bob', 'member');
    await handler.execute(new RemoveMemberCommand(agency.id, bob.id, [1]));
    expect(members.rows.has(bob.id)).toBe(false);
    expect(unitOfWork.published.map((e) => [e.type, e.data.memberId, e.data.version])).toEqual([
      ['csg.agencies.member.removed.v1', bob.id, 2],
    ]);
  });

  it('RemoveMember_WhenTheyAreTheLastAdmin_AnswersLastAdminAndKeepsThem', async () => {
    const { handler, agency, person, members, unitOfWork } = setup();
    const admin = person(agency.id, 'admin', 'agency-admin');
    expect(await codeOf(handler.execute(new RemoveMemberCommand(agency.id, admin.id, undefined)))).toBe(
      'MEMBER.LAST_ADMIN',
    );
    expect(members.rows.has(admin.id)).toBe(true);
    expect(unitOfWork.published).toEqual([]);
  });

  it('RemoveMember_WhenTheMemberBelongsToAnotherAgency_AnswersMemberNotFound', async () => {
    const { handler, agency, agencies, person } = setup();
    const other = agencies.given(Agency.register(agencyDetails(), null, now));
    const stranger = person(other.id, 'carol', 'member');
    expect(await codeOf(handler.execute(new RemoveMemberCommand(agency.id, stranger.id, undefined)))).toBe(
      'MEMBER.NOT_FOUND',
    );
  });
});
