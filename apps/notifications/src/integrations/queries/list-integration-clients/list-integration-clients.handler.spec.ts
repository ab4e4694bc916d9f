import { randomUUID } from 'node:crypto';
import type { Membership, Principal } from '@csg/auth';
import type { ManagedOwners } from '../../../access/caller.util';
import { IntegrationClientReader } from '../../domain/integration-client.ports';
import type { IntegrationClientRow } from '../../domain/integration-client.record';
import { ListIntegrationClientsHandler } from './list-integration-clients.handler';
import { ListIntegrationClientsQuery } from './list-integration-clients.query';

const AGENCY_A = '0a000000-0000-4000-8000-00000000000a';
const AGENCY_B = '0b000000-0000-4000-8000-00000000000b';

/** Clients kept in a list, answered as the SQL does: the owners asked for, newest first. */
class InMemoryClients extends IntegrationClientReader {
  readonly rows: IntegrationClientRow[] = [];
  readonly asked: ManagedOwners[] = [];

  given(owner: string | null): IntegrationClientRow {
    const row: IntegrationClientRow = {
      id: randomUUID(),
      name: `client ${this.rows.length}`,
      owner_agency_id: owner,
      event_types: ['csg.exchange.practice.published.v1'],
      tlp_clearance: 'TLP:GREEN',
      key_id: `k${this.rows.length}`,
      key_hash: 'hash',
      status: 'ACTIVE',
      created_by: 'organiser-1',
      created_at: new Date(Date.UTC(2026, 0, 1) + this.rows.length * 60_000),
      rotated_at: null,
      revoked_at: null,
      version: 1,
    };
    this.rows.push(row);
    return row;
  }

  async list(
    owners: ManagedOwners,
    limit: number,
    after?: readonly [string, string],
  ): Promise<IntegrationClientRow[]> {
    this.asked.push(owners);
    return this.rows
      .filter(
        (r) => owners.all || (r.owner_agency_id !== null && owners.agencyIds.includes(r.owner_agency_id)),
      )
      .filter((r) => !after || r.created_at.getTime() < Date.parse(after[0]))
      .sort((a, b) => b.created_at.getTime() - a.created_at.getTime())
      .slice(0, limit);
  }
}

const person = (
  platformRoles: Array<'organiser' | 'platform-admin'>,
  memberships: Membership[],
): Principal => ({
  kind: 'person',
  sub: 'someone',
  platformRoles,
  memberships,
});
const adminOf = (agencyId: string, agencyStatus: Membership['agencyStatus'] = 'ACTIVE') =>
  person([], [{ agencyId, role: 'agency-admin', agencyStatus }]);

describe('ListIntegrationClientsHandler', () => {
  const setup = () => {
    const clients = new InMemoryClients();
    const platform = clients.given(null);
    const ofA = clients.given(AGENCY_A);
    const ofB = clients.given(AGENCY_B);
    return { clients, platform, ofA, ofB, handler: new ListIntegrationClientsHandler(clients) };
  };

  it.each([['organiser' as const], ['platform-admin' as const]])(
    'List_ByAn%s_AnswersEveryClientNewestFirst_WithoutTheirKeys',
    async (role) => {
      const { handler, platform, ofA, ofB } = setup();
      const page = await handler.execute(new ListIntegrationClientsQuery(person([role], []), 50, undefined));
      expect(page.items.map((c) => c.id)).toEqual([ofB.id, ofA.id, platform.id]);
      expect(page.items[0]).not.toHaveProperty('apiKey');
      expect(page.items[0].keyPrefix).toBe('csg_k2');
    },
  );

  it('List_ByAnAdminOfTwoAgencies_AnswersTheClientsOfBoth_ButNotThePlatforms', async () => {
    const { handler, ofA, ofB } = setup();
    const viewer = person(
      [],
      [
        { agencyId: AGENCY_A, role: 'agency-admin', agencyStatus: 'ACTIVE' },
        { agencyId: AGENCY_B, role: 'agency-admin', agencyStatus: 'ACTIVE' },
      ],
    );
    const page = await handler.execute(new ListIntegrationClientsQuery(viewer, 50, undefined));
    expect(page.items.map((c) => c.id)).toEqual([ofB.id, ofA.id]);
  });

  it.each([
    ['a plain member', person([], [{ agencyId: AGENCY_A, role: 'member', agencyStatus: 'ACTIVE' }])],
    ['an admin of a suspended agency', adminOf(AGENCY_A, 'SUSPENDED')],
    ['a person without agencies', person([], [])],
  ])('List_By%s_AnswersNone', async (_who, viewer) => {
    const { handler, clients } = setup();
    const page = await handler.execute(new ListIntegrationClientsQuery(viewer, 50, undefined));
    expect(page).toEqual({ items: [], nextCursor: null });
    expect(clients.asked).toEqual([{ all: false, agencyIds: [] }]);
  });

  it('List_WithALimit_AsksForOneMoreRowAndAnswersACursorOnlyWhenThereIsMore', async () => {
    const { handler, ofB, ofA, platform } = setup();
    const first = await handler.execute(
      new ListIntegrationClientsQuery(person(['organiser'], []), 2, undefined),
    );
    expect(first.items.map((c) => c.id)).toEqual([ofB.id, ofA.id]);
    expect(first.nextCursor).not.toBeNull();
    const position = [first.items[1].createdAt, first.items[1].id] as const;
    const rest = await handler.execute(
      new ListIntegrationClientsQuery(person(['organiser'], []), 2, position),
    );
    expect(rest).toMatchObject({ items: [expect.objectContaining({ id: platform.id })], nextCursor: null });
  });
});
