/**
 * A small builder for Grafana dashboard JSON (schema 39, Grafana 10+): rows of time series and
 * stat panels laid out left to right on the 24-column grid. Every panel queries the dashboard's
 * `datasource` variable, so the same file works provisioned from disk or imported by hand.
 */

export const DATASOURCE = { type: 'prometheus', uid: '${datasource}' } as const;

export interface Query {
  expr: string;
  /** Series name in the legend, e.g. `{{route}}`. */
  legend: string;
}

export interface PanelSpec {
  kind: 'timeseries' | 'stat';
  title: string;
  /** What the panel shows and how to read it (Grafana shows it on hover). */
  description: string;
  /** Grafana unit id: `reqps`, `s`, `percentunit`, `short`, `bytes`, … */
  unit: string;
  queries: Query[];
  /** Grid columns (of 24); time series default to 12, stats to 4. */
  width?: number;
  /** Stat panels: the value from which it turns red. */
  redFrom?: number;
}

export interface RowSpec {
  title: string;
  panels: PanelSpec[];
}

export interface DashboardSpec {
  uid: string;
  title: string;
  description: string;
  tags: string[];
  rows: RowSpec[];
}

const HEIGHT = { timeseries: 8, stat: 4 } as const;

type Json = Record<string, unknown>;

export function dashboard(spec: DashboardSpec): Json {
  const panels: Json[] = [];
  let id = 1;
  let y = 0;
  for (const row of spec.rows) {
    panels.push({
      id: id++,
      type: 'row',
      title: row.title,
      collapsed: false,
      gridPos: { h: 1, w: 24, x: 0, y: y++ },
      panels: [],
    });
    let x = 0;
    let lineHeight = 0;
    for (const panel of row.panels) {
      const w = panel.width ?? (panel.kind === 'stat' ? 4 : 12);
      const h = HEIGHT[panel.kind];
      if (x + w > 24) {
        y += lineHeight;
        x = 0;
        lineHeight = 0;
      }
      panels.push(renderPanel(panel, id++, { h, w, x, y }));
      x += w;
      lineHeight = Math.max(lineHeight, h);
    }
    y += lineHeight;
  }
  return {
    uid: spec.uid,
    title: spec.title,
    description: spec.description,
    tags: spec.tags,
    editable: true,
    graphTooltip: 1,
    schemaVersion: 39,
    version: 1,
    refresh: '30s',
    time: { from: 'now-6h', to: 'now' },
    timezone: 'browser',
    annotations: {
      list: [
        {
          builtIn: 1,
          datasource: { type: 'grafana', uid: '-- Grafana --' },
          enable: true,
          hide: true,
          iconColor: 'rgba(0, 211, 255, 1)',
          name: 'Annotations & Alerts',
          type: 'dashboard',
        },
      ],
    },
    links: [
      {
        title: 'CyberSecureGov',
        type: 'dashboards',
        tags: ['csg'],
        asDropdown: true,
        includeVars: true,
        keepTime: true,
      },
    ],
    templating: {
      list: [
        {
          name: 'datasource',
          label: 'Prometheus',
          type: 'datasource',
          query: 'prometheus',
          current: {},
          hide: 0,
          includeAll: false,
          multi: false,
          options: [],
          refresh: 1,
          regex: '',
          skipUrlSync: false,
        },
      ],
    },
    panels,
  };
}

function renderPanel(panel: PanelSpec, id: number, gridPos: Json): Json {
  const targets = panel.queries.map((query, i) => ({
    refId: String.fromCharCode(65 + i),
    datasource: DATASOURCE,
    expr: query.expr,
    legendFormat: query.legend,
    ...(panel.kind === 'stat' ? { instant: true, range: false } : { range: true }),
  }));
  const common = {
    id,
    type: panel.kind,
    title: panel.title,
    description: panel.description,
    datasource: DATASOURCE,
    gridPos,
    targets,
  };
  if (panel.kind === 'stat')
    return {
      ...common,
      fieldConfig: {
        defaults: {
          unit: panel.unit,
          color: { mode: 'thresholds' },
          thresholds: {
            mode: 'absolute',
            steps: [
              { color: 'green', value: null },
              ...(panel.redFrom === undefined ? [] : [{ color: 'red', value: panel.redFrom }]),
            ],
          },
        },
        overrides: [],
      },
      options: {
        reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
        colorMode: 'value',
        graphMode: 'none',
        textMode: 'auto',
        justifyMode: 'auto',
        orientation: 'auto',
      },
    };
  return {
    ...common,
    fieldConfig: {
      defaults: {
        unit: panel.unit,
        min: 0,
        custom: { drawStyle: 'line', lineWidth: 1, fillOpacity: 10, showPoints: 'never', spanNulls: false },
      },
      overrides: [],
    },
    options: {
      legend: { showLegend: true, displayMode: 'list', placement: 'bottom', calcs: [] },
      tooltip: { mode: 'multi', sort: 'desc' },
    },
  };
}

/** A time series panel (12 columns unless `width`). */
export function series(
  title: string,
  description: string,
  unit: string,
  queries: Query[],
  width?: number,
): PanelSpec {
  return { kind: 'timeseries', title, description, unit, queries, width };
}

/** A stat panel showing the last value, red from `redFrom` on. */
export function stat(
  title: string,
  description: string,
  unit: string,
  queries: Query[],
  redFrom?: number,
): PanelSpec {
  return { kind: 'stat', title, description, unit, queries, redFrom };
}
