import type { Membership } from '@csg/auth';
import {
  agencyDetails,
  codeOf,
  inMemoryAgencies,
  organiser,
  person,
} from '../../../../test/in-memory-agencies.fixture';
import { Agency } from '../../domain/agency.aggregate';
import { UpdateAgencyCommand } from './update-agency.command';
import { UpdateAgencyHandler } from './update-agency.handler';

/** The time every change in this file happens at. */
const now = new Date();

describe('UpdateAgencyHandler', () => {
  const setup = () => {
    const ports = inMemoryAgencies();
    const agency = ports.agencies.given(Agency.register(agencyDetails({ name: 'Old name' }), null, now));
    return {
      ...ports,
      agency,
      handler: new UpdateAgencyHandler(ports.unitOfWork, ports.agencies, ports.hierarchy, ports.clock),
    };
  };
  const adminOf = (agencyId: string): Membership => ({
    agencyId,
    role: 'agency-admin',
    agencyStatus: 'ACTIVE',
  });

  it('UpdateAgency_WhenTheNameChanges_WritesTheNextVersionAndPublishesAgencyUpdated', async () => {
    const { handler, agencies, agency, unitOfWork } = setup();
    const view = await handler.execute(
      new UpdateAgencyCommand(agency.id, { name: 'New name' }, [1], organiser()),
    );
    expect(view).toMatchObject({ name: 'New name', version: 2 });
    expect(agencies.rows.get(agency.id)).toMatchObject({ name: 'New name', version: 2 });
    expect(unitOfWork.published.map((e) => [e.type, e.data.name, e.data.version])).toEqual([
      ['csg.agencies.agency.updated.v1', 'New name', 2],
    ]);
  });

  it('UpdateAgency_WhenNothingChanges_KeepsTheVersionAndPublishesNothing', async () => {
    const { handler, agency, unitOfWork } = setup();
    const view = await handler.execute(
      new UpdateAgencyCommand(agency.id, { name: ' Old name ' }, undefined, organiser()),
    );
    expect(view.version).toBe(1);
    expect(unitOfWork.published).toEqual([]);
  });

  it('UpdateAgency_WhenAnAgencyAdminChangesItsTier_RefusesTheReservedFieldBeforeAnyWork', async () => {
    const { handler, agencies, agency } = setup();
    const admin = person('admin-a', [], [adminOf(agency.id)]);
    const attempt = handler.execute(
      new UpdateAgencyCommand(agency.id, { tier: 'PROVINCIAL' }, undefined, admin),
    );
    expect(await codeOf(attempt)).toBe('AGENCY.CHANGE_RESERVED');
    expect(agencies.locked).toEqual([]);
  });

  it('UpdateAgency_WhenIfMatchNamesAnOlderVersion_AnswersVersionMismatch', async () => {
    const { handler, agency, unitOfWork } = setup();
    await handler.execute(new UpdateAgencyCommand(agency.id, { name: 'Second' }, [1], organiser()));
    const stale = handler.execute(new UpdateAgencyCommand(agency.id, { name: 'Third' }, [1], organiser()));
    expect(await codeOf(stale)).toBe('AGENCY.VERSION_MISMATCH');
    expect(unitOfWork.published).toHaveLength(1);
  });

  it('UpdateAgency_WhenTheCallerCannotSeeTheAgency_AnswersNotFound', async () => {
    const { handler, agencies } = setup();
    const application = agencies.given(
      Agency.apply(agencyDetails(), null, { sub: 'bob', displayName: 'Bob', email: 'bob@x.gov' }, now),
    );
    const attempt = handler.execute(
      new UpdateAgencyCommand(application.id, { name: 'Mine' }, undefined, person('eve')),
    );
    expect(await codeOf(attempt)).toBe('AGENCY.NOT_FOUND');
  });

  it('UpdateAgency_WhenItMovesUnderAParent_LocksTheHierarchyAndChecksThePlacement', async () => {
    const { handler, agencies, agency, hierarchy } = setup();
    const department = agencies.given(
      Agency.register(agencyDetails({ tier: 'DEPARTMENTAL', jurisdiction: 'Punjab' }), null, now),
    );
    const attempt = handler.execute(
      new UpdateAgencyCommand(agency.id, { parentAgencyId: department.id }, undefined, organiser()),
    );
    expect(await codeOf(attempt)).toBe('AGENCY.PARENT_TIER_TOO_LOW');
    expect(hierarchy.locks).toBe(1);
  });
});
