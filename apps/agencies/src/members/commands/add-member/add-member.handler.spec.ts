import { agencyDetails, codeOf, inMemoryAgencies } from '../../../../test/in-memory-agencies.fixture';
import { Agency } from '../../../agencies/domain/agency.aggregate';
import { AddMemberCommand } from './add-member.command';
import { AddMemberHandler } from './add-member.handler';

/** The time every change in this file happens at. */
const now = new Date();

describe('AddMemberHandler', () => {
  const setup = () => {
    const ports = inMemoryAgencies();
    const agency = ports.agencies.given(Agency.register(agencyDetails(), null, now));
    return {
      ...ports,
      agency,
      handler: new AddMemberHandler(ports.unitOfWork, ports.agencies, ports.members, ports.clock),
    };
  };
  const bob = { sub: 'bob', email: ' Bob@X.gov ', displayName: 'Bob', role: 'member' as const };

  it('AddMember_WhenTheAgencyIsActive_LocksItAddsThePersonAndPublishesMemberAdded', async () => {
    const { handler, agency, agencies, members, unitOfWork } = setup();
    const { body } = await handler.execute(new AddMemberCommand(agency.id, bob));
    expect(agencies.locked).toEqual([agency.id]);
    expect(members.rows.get(body.id)).toMatchObject({ sub: 'bob', email: 'bob@x.gov', version: 1 });
    expect(unitOfWork.published).toEqual([
      {
        type: 'csg.agencies.member.added.v1',
        key: agency.id,
        data: expect.objectContaining({ memberId: body.id, agencyId: agency.id, role: 'member' }),
      },
    ]);
  });

  it('AddMember_WhenTheAgencyIsStillPending_AnswersAgencyNotVerified', async () => {
    const { handler, agencies, unitOfWork } = setup();
    const pending = agencies.given(
      Agency.apply(agencyDetails(), null, { sub: 'a', displayName: 'A', email: 'a@x.gov' }, now),
    );
    expect(await codeOf(handler.execute(new AddMemberCommand(pending.id, bob)))).toBe(
      'MEMBER.AGENCY_NOT_VERIFIED',
    );
    expect(unitOfWork.published).toEqual([]);
  });

  it('AddMember_WhenThePersonIsAlreadyAMember_AnswersAlreadyMemberAndPublishesOnce', async () => {
    const { handler, agency, unitOfWork } = setup();
    await handler.execute(new AddMemberCommand(agency.id, bob));
    expect(await codeOf(handler.execute(new AddMemberCommand(agency.id, bob)))).toBe('MEMBER.ALREADY_MEMBER');
    expect(unitOfWork.published).toHaveLength(1);
  });

  it('AddMember_WhenNoSuchAgency_AnswersNotFound', async () => {
    const { handler } = setup();
    const unknown = handler.execute(new AddMemberCommand('00000000-0000-4000-8000-000000000000', bob));
    expect(await codeOf(unknown)).toBe('AGENCY.NOT_FOUND');
  });
});
