import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@csg/testing/wait-for';
import {
  startEmbeddedTestPlatform,
  TestPlatform,
  type AgencyRole,
} from '../../embedded/test/platform-test-harness';

let counter = 0;

/** The embedded platform on fresh test databases, with helpers to call its API and seed agencies. */
export class NotificationsTestPlatform extends TestPlatform {
  static async start(prefix: string): Promise<NotificationsTestPlatform> {
    process.env.NOTIFICATIONS_SCHEDULER_INTERVAL_MS ??= '200';
    process.env.NOTIFICATIONS_MAIL_INTERVAL_MS ??= '200';
    process.env.NOTIFICATIONS_WEBHOOK_INTERVAL_MS ??= '200';
    process.env.NOTIFICATIONS_STREAM_POLL_MS ??= '1000';
    process.env.MAIL_DIR ??= mkdtempSync(join(tmpdir(), 'csg-mail-'));
    return new NotificationsTestPlatform(await startEmbeddedTestPlatform(prefix));
  }

  /**
   * An ACTIVE agency registered by `organiserToken` with the given people as members, once the
   * notifications service has projected all of them.
   */
  async agencyWithMembers(
    organiserToken: string,
    members: Array<{ sub: string; role?: AgencyRole }>,
    overrides: Record<string, unknown> = {},
  ): Promise<string> {
    counter += 1;
    const id = await this.registerAgency(
      organiserToken,
      {
        name: `Agency ${counter} ${Date.now() % 100000}`,
        acronym: `N${counter}X${process.hrtime.bigint() % 100000n}`,
        tier: 'FEDERAL',
        sector: 'INFORMATION_TECHNOLOGY',
        contactEmail: `cert${counter}@example.gov.pk`,
        ...overrides,
      },
      members.map((m) => ({ sub: m.sub, role: m.role ?? 'member' })),
    );
    await waitFor(
      async () => {
        const [row] = await this.query(
          'notifications',
          `SELECT (SELECT count(*)::int FROM member_directory WHERE agency_id = $1) AS members,
                  (SELECT count(*)::int FROM projected_memberships WHERE agency_id = $1) AS memberships,
                  (SELECT count(*)::int FROM agency_directory WHERE agency_id = $1 AND status = 'ACTIVE') AS agencies`,
          [id],
        );
        return row.members === members.length && row.memberships === members.length && row.agencies === 1;
      },
      { what: `agency ${id} projected in notifications` },
    );
    return id;
  }
}
