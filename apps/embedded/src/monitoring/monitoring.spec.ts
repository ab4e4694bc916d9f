import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { RUNBOOK_BASE_URL } from './alert-rules';
import { EXPORTED_METRICS, PROMETHEUS_SERIES, SCRAPE_LABELS, seriesNames } from './exported-metrics';
import { ALERTS_FILE, DASHBOARDS_DIR, monitoringFiles, PROMETHEUS_RULE_FILE } from './monitoring-files';
import { readPromql, withGrafanaVariablesReplaced } from './promql';

/**
 * deploy/monitoring and deploy/kubernetes/monitoring as operators load them: the files are what
 * apps/embedded/src/monitoring generates, every PromQL expression in them parses with the
 * Prometheus grammar and uses only metrics and labels the services export, the dashboards are
 * well-formed, and every alert has a severity, a `for` and a runbook entry in docs/operations.md.
 */

const ROOT = join(__dirname, '..', '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
/** The declared services, by their folders (services.spec.ts checks they are the registry's). */
const names = readdirSync(join(ROOT, 'apps'), { withFileTypes: true })
  .filter((entry) => existsSync(join(ROOT, 'apps', entry.name, 'src', `${entry.name}.service.ts`)))
  .map((entry) => entry.name);

type Rule = {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
};
type Panel = {
  id: number;
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  gridPos: { h: number; w: number; x: number; y: number };
  targets?: Array<{ refId: string; expr: string; datasource: { uid: string } }>;
};
type Dashboard = { uid: string; title: string; panels: Panel[]; templating: { list: any[] } };

const dashboardFiles = readdirSync(join(ROOT, DASHBOARDS_DIR)).filter((file) => file.endsWith('.json'));
const dashboards = dashboardFiles.map((file) => JSON.parse(read(`${DASHBOARDS_DIR}/${file}`)) as Dashboard);
const rules = (parse(read(ALERTS_FILE)) as { groups: Array<{ name: string; rules: Rule[] }> }).groups.flatMap(
  (group) => group.rules,
);

/** Every expression an operator's Prometheus or Grafana will run, with where it comes from. */
const expressions: Array<{ where: string; expr: string }> = [
  ...dashboards.flatMap((d) =>
    d.panels.flatMap((p) =>
      (p.targets ?? []).map((t) => ({
        where: `${d.uid} / ${p.title} / ${t.refId}`,
        expr: withGrafanaVariablesReplaced(t.expr),
      })),
    ),
  ),
  ...rules.map((rule) => ({ where: `alert ${rule.alert}`, expr: rule.expr })),
];

const KNOWN_SERIES = new Map(
  [...EXPORTED_METRICS, ...PROMETHEUS_SERIES].flatMap(seriesNames).map((s) => [s.name, s.labels]),
);

/** GitHub's and GitLab's heading anchors, for the headings used here (words, spaces, hyphens). */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');

/** The headings of docs/operations.md's "Dashboards and alerts" section, below its own. */
function runbookHeadings(): string[] {
  const doc = read('docs/operations.md');
  const start = doc.indexOf('\n## Dashboards and alerts\n');
  expect(start).toBeGreaterThan(-1);
  const next = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, next === -1 ? undefined : next);
  return [...section.matchAll(/^#### (.+)$/gm)].map((m) => m[1].trim());
}

describe('dashboards and alert rules', () => {
  it('files_AreWhatTheSourceGenerates (else: npm run monitoring)', () => {
    const generated = monitoringFiles(names);
    for (const file of generated) {
      const text = read(file.path);
      const committed = file.format === 'json' ? JSON.parse(text) : parse(text);
      expect({ path: file.path, committed }).toEqual({
        path: file.path,
        committed: JSON.parse(JSON.stringify(file.content)),
      });
      if (file.header) expect(text.startsWith(`# ${file.header.split('\n')[0]}`)).toBe(true);
    }
    // Nothing hand-made or left over beside the generated dashboards.
    expect(dashboardFiles.map((f) => `${DASHBOARDS_DIR}/${f}`).sort()).toEqual(
      generated
        .filter((f) => f.path.startsWith(DASHBOARDS_DIR))
        .map((f) => f.path)
        .sort(),
    );
  });

  it('promqlChecker_FindsSyntaxErrorsAndMetricNames', () => {
    expect(readPromql('sum(rate(x[5m])').errors).not.toEqual([]);
    expect(readPromql('rate(x[$__rate_interval])').errors).not.toEqual([]);
    const reading = readPromql(
      'sum by (service) (rate(a_total{kind="x", route!~"/m"}[5m])) / on (service) b unless (c offset 5m)',
    );
    expect(reading).toEqual({
      errors: [],
      selectors: [
        { metric: 'a_total', labels: ['kind', 'route'] },
        { metric: 'b', labels: [] },
        { metric: 'c', labels: [] },
      ],
      groupingLabels: ['service', 'service'],
    });
  });

  it('everyExpression_ParsesWithThePrometheusGrammar', () => {
    expect(expressions.length).toBeGreaterThan(50);
    const broken = expressions
      .map(({ where, expr }) => ({ where, errors: readPromql(expr).errors }))
      .filter((e) => e.errors.length > 0);
    expect(broken).toEqual([]);
  });

  it('everyExpression_UsesOnlyMetricsAndLabelsTheServicesExport', () => {
    const problems: string[] = [];
    for (const { where, expr } of expressions) {
      const { selectors, groupingLabels } = readPromql(expr);
      const labelsInExpr = new Set<string>(SCRAPE_LABELS);
      for (const { metric, labels } of selectors) {
        const known = metric === null ? undefined : KNOWN_SERIES.get(metric);
        if (!known) {
          problems.push(`${where}: ${metric ?? 'a selector without a metric name'} is not exported`);
          continue;
        }
        known.forEach((label) => labelsInExpr.add(label));
        for (const label of labels)
          if (!known.includes(label) && !SCRAPE_LABELS.includes(label))
            problems.push(`${where}: ${metric} has no label ${label}`);
      }
      for (const label of groupingLabels)
        if (!labelsInExpr.has(label)) problems.push(`${where}: no metric here has the label ${label}`);
    }
    expect(problems).toEqual([]);
  });

  it('everyPlatformMetric_IsOnADashboard', () => {
    const used = new Set(expressions.flatMap(({ expr }) => readPromql(expr).selectors.map((s) => s.metric)));
    const unused = EXPORTED_METRICS.filter(
      (family) => !seriesNames(family).some((s) => used.has(s.name)),
    ).map((family) => family.name);
    expect(unused).toEqual([]);
  });

  it('dashboards_OnePerServiceAndThePipeline_WithTheDatasourceVariable_UniqueIds_AndTargets', () => {
    expect(dashboards.map((d) => d.uid).sort()).toEqual(
      [...names.map((n) => `csg-${n}`), 'csg-event-pipeline'].sort(),
    );
    const problems: string[] = [];
    for (const d of dashboards) {
      const variables = d.templating.list.map((v) => `${v.name}:${v.type}:${v.query}`);
      if (variables.join() !== 'datasource:datasource:prometheus')
        problems.push(`${d.uid}: variables ${variables.join()}`);
      const ids = d.panels.map((p) => p.id);
      if (new Set(ids).size !== ids.length) problems.push(`${d.uid}: panel ids repeat`);
      const cells = new Set<string>();
      for (const p of d.panels) {
        const where = `${d.uid}/${p.title}`;
        const { h, w, x, y } = p.gridPos;
        if (x < 0 || x + w > 24 || h <= 0) problems.push(`${where}: outside the grid`);
        for (let row = y; row < y + h; row++)
          for (let col = x; col < x + w; col++) {
            if (cells.has(`${row}:${col}`)) problems.push(`${where}: overlaps at ${row}:${col}`);
            cells.add(`${row}:${col}`);
          }
        if (p.type === 'row') continue;
        if (p.datasource?.type !== 'prometheus' || p.datasource.uid !== '${datasource}')
          problems.push(`${where}: datasource ${JSON.stringify(p.datasource)}`);
        const targets = p.targets ?? [];
        if (targets.length === 0) problems.push(`${where}: no targets`);
        if (targets.some((t) => t.datasource.uid !== '${datasource}' || !t.expr))
          problems.push(`${where}: a target without the datasource variable or an expression`);
        if (new Set(targets.map((t) => t.refId)).size !== targets.length)
          problems.push(`${where}: refIds repeat`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('alerts_HaveASeverityAForAndARunbookEntry_OneEntryPerAlert', () => {
    const headings = runbookHeadings();
    const anchors = new Set(headings.map(anchorOf));
    const alertNames = rules.map((rule) => rule.alert);
    expect(new Set(alertNames).size).toBe(alertNames.length);
    for (const rule of rules) {
      expect({
        alert: rule.alert,
        severity: ['critical', 'warning'].includes(rule.labels.severity),
        for: /^\d+[smh]$/.test(rule.for),
        summary: Boolean(rule.annotations.summary),
        description: Boolean(rule.annotations.description),
        runbook: rule.annotations.runbook_url,
      }).toEqual({
        alert: rule.alert,
        severity: true,
        for: true,
        summary: true,
        description: true,
        runbook: `${RUNBOOK_BASE_URL}#${anchorOf(rule.alert)}`,
      });
      expect({ alert: rule.alert, runbookEntry: anchors.has(anchorOf(rule.alert)) }).toEqual({
        alert: rule.alert,
        runbookEntry: true,
      });
    }
    expect(headings.filter((h) => !alertNames.includes(h))).toEqual([]);
  });

  it('prometheusRule_HoldsExactlyTheRulesOfThePlainRulesFile', () => {
    const [resource] = parseAllDocuments(read(PROMETHEUS_RULE_FILE)).map((doc) => doc.toJS());
    expect(resource).toMatchObject({ apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule' });
    expect(resource.spec.groups).toEqual(parse(read(ALERTS_FILE)).groups);
  });

  it('serviceMonitor_ScrapesTheMetricsOfEveryServicesHttpPort', () => {
    const kustomization = parse(read('deploy/kubernetes/monitoring/kustomization.yaml')) as {
      namespace: string;
      resources: string[];
    };
    expect(kustomization.resources.sort()).toEqual(['prometheus-rule.yaml', 'service-monitor.yaml']);
    expect(kustomization.namespace).toBe(parse(read('deploy/kubernetes/kustomization.yaml')).namespace);
    const monitor = parse(read('deploy/kubernetes/monitoring/service-monitor.yaml'));
    expect(monitor).toMatchObject({ apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor' });
    const selector: Record<string, string> = monitor.spec.selector.matchLabels;
    expect(monitor.spec.endpoints).toEqual([expect.objectContaining({ port: 'http', path: '/metrics' })]);
    for (const name of names) {
      const service = parseAllDocuments(read(`deploy/kubernetes/${name}.yaml`))
        .map((doc) => doc.toJS())
        .find((doc) => doc.kind === 'Service');
      expect({ name, selected: service.metadata.labels }).toEqual({
        name,
        selected: expect.objectContaining(selector),
      });
      expect(service.spec.ports.map((p: { name: string }) => p.name)).toContain('http');
    }
  });

  it('scrapeConfigExample_LabelsEveryComposeServiceOnItsPublishedPort', () => {
    const config = parse(read('deploy/monitoring/prometheus/scrape-config.example.yaml')) as {
      scrape_configs: Array<{ job_name: string; static_configs?: Array<{ targets: string[]; labels: any }> }>;
    };
    const compose = parse(read('deploy/compose/compose.yaml'), { merge: true }) as {
      services: Record<string, { ports: string[] }>;
    };
    const job = config.scrape_configs.find((j) => j.job_name === 'csg-compose')!;
    const scraped = Object.fromEntries(job.static_configs!.map((c) => [c.labels.service, c.targets]));
    const published = Object.fromEntries(
      names.map((name) => [
        name,
        compose.services[name].ports.map((p) => `localhost:${p.split(':').slice(-2)[0]}`),
      ]),
    );
    expect(scraped).toEqual(published);
  });
});
