import { agencyDetails, codeOf, inMemoryAgencies } from '../../../../test/in-memory-agencies.fixture';
import { Agency } from '../../domain/agency.aggregate';
import { VerifyAgencyCommand } from './verify-agency.command';
import { VerifyAgencyHandler } from './verify-agency.handler';

/** The time every change in this file happens at. */
const now = new Date();

describe('VerifyAgencyHandler', () => {
  const applicant = { sub: 'alice', displayName: 'Alice', email: 'alice@x.gov' };
  const setup = () => {
    const ports = inMemoryAgencies();
    const application = ports.agencies.given(Agency.apply(agencyDetails(), null, applicant, now));
    return {
      ...ports,
      application,
      handler: new VerifyAgencyHandler(ports.unitOfWork, ports.agencies, ports.members, ports.clock),
    };
  };

  it('VerifyAgency_WhenPending_ActivatesItAndMakesTheApplicantItsFirstAdmin_AgencyEventFirst', async () => {
    const { handler, application, members, unitOfWork } = setup();
    const view = await handler.execute(new VerifyAgencyCommand(application.id, [1]));
    expect(view).toMatchObject({ status: 'ACTIVE', version: 2 });
    expect([...members.rows.values()]).toEqual([
      expect.objectContaining({ agencyId: application.id, sub: 'alice', role: 'agency-admin' }),
    ]);
    expect(unitOfWork.published.map((e) => [e.type, e.key])).toEqual([
      ['csg.agencies.agency.verified.v1', application.id],
      ['csg.agencies.member.added.v1', application.id],
    ]);
  });

  it('VerifyAgency_WhenTheApplicantIsAlreadyAMember_AddsNoSecondMembership', async () => {
    const { handler, application, members, unitOfWork } = setup();
    members.given(application.id, { ...applicant, role: 'member' });
    await handler.execute(new VerifyAgencyCommand(application.id, undefined));
    expect(members.rows.size).toBe(1);
    expect(unitOfWork.published.map((e) => e.type)).toEqual(['csg.agencies.agency.verified.v1']);
  });

  it('VerifyAgency_WhenAlreadyActive_AnswersNotPendingAndPublishesNothing', async () => {
    const { handler, agencies, unitOfWork } = setup();
    const active = agencies.given(Agency.register(agencyDetails(), null, now));
    expect(await codeOf(handler.execute(new VerifyAgencyCommand(active.id, undefined)))).toBe(
      'AGENCY.NOT_PENDING',
    );
    expect(unitOfWork.published).toEqual([]);
  });

  it('VerifyAgency_WhenNoSuchAgency_AnswersNotFound', async () => {
    const { handler } = setup();
    const unknown = handler.execute(
      new VerifyAgencyCommand('00000000-0000-4000-8000-000000000000', undefined),
    );
    expect(await codeOf(unknown)).toBe('AGENCY.NOT_FOUND');
  });
});
