import {
  agencyDetails,
  codeOf,
  inMemoryAgencies,
  organiser,
  person,
} from '../../../../test/in-memory-agencies.fixture';
import { Agency } from '../../domain/agency.aggregate';
import { RegisterAgencyCommand } from './register-agency.command';
import { RegisterAgencyHandler } from './register-agency.handler';

/** The time every change in this file happens at. */
const now = new Date();

describe('RegisterAgencyHandler', () => {
  const setup = () => {
    const ports = inMemoryAgencies();
    return {
      ...ports,
      handler: new RegisterAgencyHandler(ports.unitOfWork, ports.agencies, ports.hierarchy, ports.clock),
    };
  };

  it('RegisterAgency_WhenAnOrganiserRegisters_SavesItActiveAndPublishesAgencyRegistered', async () => {
    const { handler, agencies, unitOfWork } = setup();
    const { body, replayed } = await handler.execute(
      new RegisterAgencyCommand(agencyDetails({ acronym: 'NITB' }), organiser()),
    );
    expect(replayed).toBe(false);
    expect(agencies.rows.get(body.id)).toMatchObject({ status: 'ACTIVE', version: 1, applicant: null });
    expect(unitOfWork.published).toEqual([
      {
        type: 'csg.agencies.agency.registered.v1',
        key: body.id,
        data: expect.objectContaining({ agencyId: body.id, acronym: 'NITB', status: 'ACTIVE', version: 1 }),
      },
    ]);
  });

  it('RegisterAgency_WhenAPersonApplies_SavesAPendingApplicationNamingThem', async () => {
    const { handler, agencies, unitOfWork } = setup();
    const { body } = await handler.execute(new RegisterAgencyCommand(agencyDetails(), person('alice')));
    expect(agencies.rows.get(body.id)).toMatchObject({
      status: 'PENDING_VERIFICATION',
      applicant: { sub: 'alice', displayName: 'Person alice', email: 'alice@example.gov' },
    });
    expect(unitOfWork.published.map((e) => [e.type, e.data.status])).toEqual([
      ['csg.agencies.agency.registered.v1', 'PENDING_VERIFICATION'],
    ]);
  });

  it('RegisterAgency_WhenItNamesAParent_LocksTheHierarchyAndPlacesItUnderIt', async () => {
    const { handler, agencies, hierarchy } = setup();
    const parent = agencies.given(Agency.register(agencyDetails(), null, now));
    const { body } = await handler.execute(
      new RegisterAgencyCommand(
        agencyDetails({ tier: 'PROVINCIAL', jurisdiction: 'Punjab', parentAgencyId: parent.id }),
        organiser(),
      ),
    );
    expect(hierarchy.locks).toBe(1);
    expect(agencies.rows.get(body.id)?.parentAgencyId).toBe(parent.id);
  });

  it('RegisterAgency_WhenTheParentIsSomeoneElsesApplication_AnswersParentNotFoundAndPublishesNothing', async () => {
    const { handler, agencies, unitOfWork } = setup();
    const pending = agencies.given(
      Agency.apply(agencyDetails(), null, { sub: 'bob', displayName: 'Bob', email: 'bob@x.gov' }, now),
    );
    const attempt = handler.execute(
      new RegisterAgencyCommand(
        agencyDetails({ tier: 'PROVINCIAL', jurisdiction: 'Sindh', parentAgencyId: pending.id }),
        person('alice'),
      ),
    );
    expect(await codeOf(attempt)).toBe('AGENCY.PARENT_NOT_FOUND');
    expect(agencies.rows.size).toBe(1);
    expect(unitOfWork.published).toEqual([]);
  });

  it('RegisterAgency_WhenTheAcronymIsTaken_AnswersAcronymTakenAndPublishesNothing', async () => {
    const { handler, unitOfWork } = setup();
    await handler.execute(new RegisterAgencyCommand(agencyDetails({ acronym: 'PITB' }), organiser()));
    const again = handler.execute(new RegisterAgencyCommand(agencyDetails({ acronym: 'pitb' }), organiser()));
    expect(await codeOf(again)).toBe('AGENCY.ACRONYM_TAKEN');
    expect(unitOfWork.published).toHaveLength(1);
  });
});
