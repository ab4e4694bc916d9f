import type { EntityManager } from 'typeorm';
import type { AudienceCandidate, EgressWorld } from '@csg/auth';
import { PLATFORM_EVENTS, type IntegrationEventDefinition } from '@csg/contracts';

const DEFINITIONS = new Map<string, IntegrationEventDefinition>(PLATFORM_EVENTS.map((d) => [d.type, d]));

/** The catalogue entry of a type; undefined for a type the catalogue does not know (it never leaves). */
export function definitionOf(type: string): IntegrationEventDefinition | undefined {
  return DEFINITIONS.get(type);
}

/** `csg.<service>.<aggregate>.<fact>.vN` → `<aggregate>`. */
function aggregateOf(type: string): string {
  return type.split('.')[2] ?? '';
}

/**
 * The subject an event is about whose state it carries: declared by its egress rule, and only
 * when the event is one of that thing's own events (a practice's, not a comment's about it).
 */
export function trackedSubjectOf(
  type: string,
  data: Record<string, unknown>,
): { kind: string; id: string } | null {
  const subject = definitionOf(type)?.egress?.subject;
  if (!subject || aggregateOf(type) !== subject.kind) return null;
  const id = data[subject.idField];
  return typeof id === 'string' && id.length > 0 ? { kind: subject.kind, id } : null;
}

/** Merges the event's data into its subject's current state (events of one subject arrive in order). */
export async function recordSubjectState(
  manager: EntityManager,
  type: string,
  data: Record<string, unknown>,
): Promise<void> {
  const subject = trackedSubjectOf(type, data);
  if (!subject) return;
  await manager.query(
    `INSERT INTO egress_subjects (kind, id, state) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (kind, id) DO UPDATE SET state = egress_subjects.state || EXCLUDED.state, updated_at = now()`,
    [subject.kind, subject.id, JSON.stringify(data)],
  );
}

/**
 * What the egress policy looks up for a batch of events and readers, loaded in two statements:
 * the directory rows of the agencies named and the current state of the subjects the events are about.
 */
export async function loadEgressWorld(
  manager: EntityManager,
  events: ReadonlyArray<{ type: string; data: unknown }>,
  agencyIds: ReadonlyArray<string | null>,
): Promise<EgressWorld> {
  const keys = new Map<string, { kind: string; id: string }>();
  for (const e of events) {
    const subject = definitionOf(e.type)?.egress?.subject;
    const id = subject ? (e.data as Record<string, unknown> | null)?.[subject.idField] : undefined;
    if (subject && typeof id === 'string') keys.set(`${subject.kind}:${id}`, { kind: subject.kind, id });
  }
  const ids = [...new Set(agencyIds.filter((id): id is string => typeof id === 'string' && UUID.test(id)))];
  const [agencies, subjects] = await Promise.all([
    ids.length === 0
      ? Promise.resolve([] as AudienceCandidate[])
      : (manager.query(
          `SELECT agency_id::text AS id, tier, sector, status FROM agency_directory WHERE agency_id = ANY($1::uuid[])`,
          [ids],
        ) as Promise<AudienceCandidate[]>),
    keys.size === 0
      ? Promise.resolve([] as Array<{ kind: string; id: string; state: Record<string, unknown> }>)
      : (manager.query(
          `SELECT s.kind, s.id, s.state FROM egress_subjects s
             JOIN unnest($1::text[], $2::text[]) AS k(kind, id) ON k.kind = s.kind AND k.id = s.id`,
          [[...keys.values()].map((k) => k.kind), [...keys.values()].map((k) => k.id)],
        ) as Promise<Array<{ kind: string; id: string; state: Record<string, unknown> }>>),
  ]);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const subjectByKey = new Map(subjects.map((s) => [`${s.kind}:${s.id}`, s.state]));
  return {
    agency: (id) => agencyById.get(id),
    subject: (kind, id) => subjectByKey.get(`${kind}:${id}`),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
