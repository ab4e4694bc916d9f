import { metricsRegistry } from '@csg/observability';
import { EXPORTED_METRICS } from '../src/monitoring/exported-metrics';
import { SERVICES_WITHOUT_CONSUMER } from '../src/monitoring/service-dashboard';
import { SERVICES } from '../src/services';
import { startEmbeddedTestPlatform, type EmbeddedTestPlatform } from './platform-test-harness';

/**
 * The list of metrics the dashboards and alert rules are checked against (monitoring.spec.ts)
 * against what the running platform serves on /metrics: every `csg_*` family exactly, with its
 * type and labels, and the Node.js and process families the list names.
 */
describe('the metrics the platform exports', () => {
  let running: EmbeddedTestPlatform;
  let served: Map<string, string>;

  beforeAll(async () => {
    running = await startEmbeddedTestPlatform('exported_metrics');
    const response = await fetch(`${running.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    served = new Map([...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map(([, name, type]) => [name, type]));
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('serves exactly the csg_ families listed, with their types and labels', () => {
    const platform = [...served].filter(([name]) => name.startsWith('csg_')).sort();
    const listed = EXPORTED_METRICS.filter((f) => f.name.startsWith('csg_'))
      .map((f) => [f.name, f.type])
      .sort();
    expect(platform).toEqual(listed);
    for (const family of EXPORTED_METRICS.filter((f) => f.name.startsWith('csg_'))) {
      const metric = metricsRegistry.getSingleMetric(family.name) as unknown as { labelNames: string[] };
      expect({ name: family.name, labels: [...metric.labelNames].sort() }).toEqual({
        name: family.name,
        labels: [...family.labels].sort(),
      });
    }
  });

  it('serves the Node.js and process families listed', () => {
    for (const family of EXPORTED_METRICS.filter((f) => !f.name.startsWith('csg_')))
      expect({ name: family.name, type: served.get(family.name) }).toEqual({
        name: family.name,
        type: family.type,
      });
  });

  it('runs a consumer for every service but those the dashboards show without one', async () => {
    const health = (await (await fetch(`${running.baseUrl}/health/ready`)).json()) as {
      checks: Record<string, { detail: string }>;
    };
    const withoutConsumer = SERVICES.map((s) => s.name).filter((name) =>
      health.checks[`${name}:messaging`].detail.includes('no consumer'),
    );
    expect(withoutConsumer).toEqual([...SERVICES_WITHOUT_CONSUMER]);
  });
});
