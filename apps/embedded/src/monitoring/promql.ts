import { parser } from '@prometheus-io/lezer-promql';

/** What a PromQL expression says, read with the Prometheus project's own grammar (Lezer). */
export interface PromqlReading {
  /** Where the grammar found no valid PromQL: `at 12: …text…`. */
  errors: string[];
  /** Each vector selector: its metric name (null for `{__name__=…}` only) and the labels it matches. */
  selectors: Array<{ metric: string | null; labels: string[] }>;
  /** Labels named in `by (…)`, `without (…)`, `on (…)`, `ignoring (…)`, `group_left (…)`. */
  groupingLabels: string[];
}

/**
 * Grafana's interval variables are not PromQL; they stand for a duration, so a duration takes
 * their place before parsing. Any other `$` is left for the grammar to refuse.
 */
export function withGrafanaVariablesReplaced(expr: string): string {
  return expr.replace(/\$__(rate_interval|interval|range)\b/g, '5m');
}

export function readPromql(expr: string): PromqlReading {
  const reading: PromqlReading = { errors: [], selectors: [], groupingLabels: [] };
  const text = (from: number, to: number) => expr.slice(from, to);
  parser.parse(expr).iterate({
    enter: (ref) => {
      const node = ref.node;
      if (node.type.isError)
        reading.errors.push(`at ${node.from}: ${JSON.stringify(text(node.from - 10, node.to + 10))}`);
      if (node.name === 'VectorSelector') {
        const name = node.getChild('Identifier');
        const matchers = node.getChild('LabelMatchers');
        const labels = [
          ...(matchers?.getChildren('UnquotedLabelMatcher') ?? []),
          ...(matchers?.getChildren('QuotedLabelMatcher') ?? []),
        ].map((matcher) => {
          const label = matcher.getChild('LabelName') ?? matcher.getChild('QuotedLabelName');
          return label ? text(label.from, label.to).replace(/^"|"$/g, '') : '';
        });
        reading.selectors.push({ metric: name ? text(name.from, name.to) : null, labels });
      }
      if (node.name === 'GroupingLabels')
        for (const label of node.getChildren('LabelName'))
          reading.groupingLabels.push(text(label.from, label.to));
    },
  });
  return reading;
}
