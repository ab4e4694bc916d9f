import { Client } from 'pg';
import { waitFor } from '@csg/testing/wait-for';
// eslint-disable-next-line no-restricted-imports -- distributed mode: each service in its own app, over Kafka
import { AGENCIES_SERVICE } from '../../agencies/src/agencies.service';
import { devToken, postJson, startDistributedService } from '../../embedded/test/platform-test-harness';
import { MATURITY_SERVICE } from '../src/maturity.service';

const DAY = 86_400_000;

describe('maturity in the distributed mode, over the real Kafka broker', () => {
  let agencies: Awaited<ReturnType<typeof startDistributedService>>;
  let maturity: Awaited<ReturnType<typeof startDistributedService>>;

  beforeAll(async () => {
    agencies = await startDistributedService(AGENCIES_SERVICE);
    maturity = await startDistributedService(MATURITY_SERVICE);
  });

  afterAll(async () => {
    await maturity?.stop();
    await agencies?.stop();
  });

  it("learns an agency and its admin from Kafka, and publishes the assessment's events to csg.maturity", async () => {
    const organiser = {
      authorization: `Bearer ${await devToken(agencies.baseUrl, { sub: 'kafka-org', roles: ['organiser'] })}`,
    };
    const admin = { authorization: `Bearer ${await devToken(agencies.baseUrl, { sub: 'kafka-admin' })}` };
    const agency = await postJson(
      `${agencies.baseUrl}/api/v1/agencies`,
      {
        name: 'Higher Education Commission',
        acronym: `HEC${Date.now() % 100000}`,
        tier: 'FEDERAL',
        sector: 'EDUCATION',
        contactEmail: 'cert@hec.gov.pk',
      },
      organiser,
    );
    expect(agency.status).toBe(201);
    const member = await postJson(
      `${agencies.baseUrl}/api/v1/agencies/${agency.body.id}/members`,
      { sub: 'kafka-admin', email: 'admin@hec.gov.pk', displayName: 'Admin', role: 'agency-admin' },
      organiser,
    );
    expect(member.status).toBe(201);
    const campaign = await postJson(
      `${maturity.baseUrl}/api/v1/campaigns`,
      {
        name: 'Over Kafka',
        frameworkId: 'nist-csf-2.0',
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + DAY).toISOString(),
        audience: { kind: 'SECTORS', values: ['EDUCATION'] },
        targets: { default: 2 },
      },
      organiser,
    );
    expect(campaign.status).toBe(201);
    // Only the agency and membership events from Kafka let the admin start the assessment.
    const started = await waitFor(
      async () => {
        const answer = await postJson(
          `${maturity.baseUrl}/api/v1/agencies/${agency.body.id}/assessments`,
          { campaignId: campaign.body.id },
          admin,
        );
        return answer.status === 201 ? answer.body : null;
      },
      {
        what: 'the agency and its admin projected into maturity over Kafka',
        timeoutMs: 60_000,
        intervalMs: 250,
      },
    );
    const put = await fetch(`${maturity.baseUrl}/api/v1/assessments/${started.id}/answers`, {
      method: 'PUT',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ answers: [{ subcategoryId: 'GV.OC-01', current: 2 }] }),
    });
    expect(put.status).toBe(200);
    expect(
      (await postJson(`${maturity.baseUrl}/api/v1/assessments/${started.id}/submit`, {}, admin)).status,
    ).toBe(200);
    const client = new Client({ connectionString: maturity.db.url });
    await client.connect();
    try {
      const published = await waitFor(
        async () => {
          const { rows } = await client.query(
            `SELECT event_type, topic FROM outbox WHERE published_at IS NOT NULL AND event_type LIKE 'csg.maturity.%' ORDER BY id`,
          );
          return rows.length >= 3 ? rows : null;
        },
        { what: "maturity's events published to Kafka", timeoutMs: 60_000 },
      );
      expect(published).toEqual([
        { event_type: 'csg.maturity.campaign.opened.v1', topic: 'csg.maturity' },
        { event_type: 'csg.maturity.profile.target-reached.v1', topic: 'csg.maturity' },
        { event_type: 'csg.maturity.assessment.submitted.v1', topic: 'csg.maturity' },
      ]);
    } finally {
      await client.end();
    }
  });
});
