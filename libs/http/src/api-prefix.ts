import type { INestApplication } from '@nestjs/common';

export const API_PREFIX = 'api/v1';
/** Operations routes outside the versioned API. */
const OUTSIDE_THE_API = ['health/live', 'health/ready', 'metrics'];

/** Routes under /api/v1, health and metrics outside it: the served app and the generated document alike. */
export function applyApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: OUTSIDE_THE_API });
}
