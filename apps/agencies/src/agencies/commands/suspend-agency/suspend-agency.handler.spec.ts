import { agencyDetails, codeOf, inMemoryAgencies } from '../../../../test/in-memory-agencies.fixture';
import { Agency } from '../../domain/agency.aggregate';
import { ReinstateAgencyCommand } from '../reinstate-agency/reinstate-agency.command';
import { ReinstateAgencyHandler } from '../reinstate-agency/reinstate-agency.handler';
import { SuspendAgencyCommand } from './suspend-agency.command';
import { SuspendAgencyHandler } from './suspend-agency.handler';

/** The time every change in this file happens at. */
const now = new Date();

describe('SuspendAgencyHandler and ReinstateAgencyHandler', () => {
  const setup = () => {
    const ports = inMemoryAgencies();
    const agency = ports.agencies.given(Agency.register(agencyDetails(), null, now));
    return {
      ...ports,
      agency,
      suspend: new SuspendAgencyHandler(ports.unitOfWork, ports.agencies, ports.clock),
      reinstate: new ReinstateAgencyHandler(ports.unitOfWork, ports.agencies, ports.clock),
    };
  };

  it('SuspendThenReinstate_WhenActive_PublishesBothChangesInOrderWithTheirVersions', async () => {
    const { suspend, reinstate, agency, agencies, unitOfWork } = setup();
    expect(await suspend.execute(new SuspendAgencyCommand(agency.id, [1]))).toMatchObject({
      status: 'SUSPENDED',
    });
    expect(await reinstate.execute(new ReinstateAgencyCommand(agency.id, [2]))).toMatchObject({
      status: 'ACTIVE',
    });
    expect(agencies.rows.get(agency.id)).toMatchObject({ status: 'ACTIVE', version: 3 });
    expect(unitOfWork.published.map((e) => [e.type, e.data.version])).toEqual([
      ['csg.agencies.agency.suspended.v1', 2],
      ['csg.agencies.agency.reinstated.v1', 3],
    ]);
  });

  it('Reinstate_WhenNotSuspended_AnswersNotSuspendedAndPublishesNothing', async () => {
    const { reinstate, agency, unitOfWork } = setup();
    expect(await codeOf(reinstate.execute(new ReinstateAgencyCommand(agency.id, undefined)))).toBe(
      'AGENCY.NOT_SUSPENDED',
    );
    expect(unitOfWork.published).toEqual([]);
  });

  it('Suspend_WhenIfMatchIsStale_AnswersVersionMismatch', async () => {
    const { suspend, agency } = setup();
    expect(await codeOf(suspend.execute(new SuspendAgencyCommand(agency.id, [7])))).toBe(
      'AGENCY.VERSION_MISMATCH',
    );
  });
});
