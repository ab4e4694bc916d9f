import { waitFor } from '@csg/testing/wait-for';
import {
  startEmbeddedTestPlatform,
  TestPlatform,
  type AgencyRole,
} from '../../embedded/test/platform-test-harness';

/** The embedded platform on fresh test databases, with helpers to act as organisers and agency people. */
export class MaturityTestPlatform extends TestPlatform {
  static async start(prefix: string): Promise<MaturityTestPlatform> {
    // Every answer is checked against the served OpenAPI document (ADR 21); answers that are not
    // JSON (calendars, spreadsheets) are kept as text.
    return new MaturityTestPlatform(await startEmbeddedTestPlatform(prefix), 'json-or-text');
  }

  /**
   * Registers an ACTIVE agency (as an organiser), adds its people, and waits until the maturity
   * service's own projections know the agency and every membership.
   */
  async agencyWith(
    organiser: string,
    body: { name: string; acronym: string; tier?: string; sector?: string; jurisdiction?: string },
    people: Array<{ sub: string; role: AgencyRole }>,
  ): Promise<string> {
    const agencyId = await this.registerAgency(
      organiser,
      { tier: 'FEDERAL', sector: 'INFORMATION_TECHNOLOGY', contactEmail: 'cert@example.gov.pk', ...body },
      people,
    );
    await waitFor(
      async () => {
        const [row] = await this.query(
          'maturity',
          `SELECT (SELECT count(*)::int FROM agency_directory WHERE agency_id = $1) AS agencies,
                  (SELECT count(*)::int FROM projected_memberships WHERE agency_id = $1) AS members`,
          [agencyId],
        );
        return row.agencies === 1 && row.members === people.length;
      },
      { what: `maturity to learn about agency ${body.acronym}`, timeoutMs: 20_000, intervalMs: 50 },
    );
    return agencyId;
  }
}
