import { IntField, StringField } from '@csg/http';

/** `GET /events?after=&types=&limit=` */
export class ReadEventFeedDto {
  @StringField({
    maxLength: 200,
    optional: true,
    description: 'nextCursor of the previous read (opaque); absent: from the beginning',
  })
  after?: string;

  @StringField({
    maxLength: 5_000,
    optional: true,
    description: "comma-separated event types (within the key's scopes)",
  })
  types?: string;

  @IntField({ min: 1, max: 1_000_000, inQuery: true, optional: true, default: 100 })
  limit?: number;
}

/** `?types=a,b`: the event types asked for (blank entries dropped); absent: every type of the key. */
export function requestedTypes(query: ReadEventFeedDto): string[] | undefined {
  return query.types
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
