import { contextParts } from '@csg/runtime';
import { MemberDirectoryProjection } from './infrastructure/member-directory.projection';

/** The audiences context: the people announcements reach, projected from the agencies and sessions events. */
export const AUDIENCE_PARTS = contextParts({ providers: [MemberDirectoryProjection] });
