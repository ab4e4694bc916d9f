import { IntField } from '../fields/scalar.fields';
import { StringField } from '../fields/text.fields';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './cursor-pagination';

/** `?limit=&cursor=` of every list; extend it with the list's own filters. */
export class PageQueryDto {
  @IntField({
    min: 1,
    max: 1_000_000,
    inQuery: true,
    optional: true,
    default: DEFAULT_PAGE_LIMIT,
    description: `capped at ${MAX_PAGE_LIMIT}`,
  })
  limit?: number;

  @StringField({ maxLength: 2_000, optional: true, description: 'nextCursor of the previous page (opaque)' })
  cursor?: string;
}
