import { contextParts } from '@csg/runtime';
import { SessionDirectory } from './domain/session-directory.port';
import { SessionDirectoryProjection } from './infrastructure/session-directory.projection';
import { SqlSessionDirectory } from './infrastructure/session-directory.reader';

/** The sessions the exchange knows (projected from the sessions events), so a practice links only to a known one (ADR 50). */
export const SESSION_DIRECTORY_PARTS = contextParts({
  providers: [{ provide: SessionDirectory, useClass: SqlSessionDirectory }, SessionDirectoryProjection],
});
