/** Headers a dead letter carries besides the original message's own. */
export const DLQ_HEADER = {
  reason: 'csg_dlq_reason',
  group: 'csg_dlq_group',
  topic: 'csg_dlq_topic',
  partition: 'csg_dlq_partition',
  offset: 'csg_dlq_offset',
  attempts: 'csg_dlq_attempts',
  at: 'csg_dlq_at',
} as const;

const DLQ_PREFIX = 'csg_dlq_';

export function withoutDeadLetterHeaders(
  headers: Record<string, string | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !name.startsWith(DLQ_PREFIX)) out[name] = value;
  }
  return out;
}
