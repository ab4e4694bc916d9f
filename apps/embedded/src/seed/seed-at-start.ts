import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JsonLogger } from '@csg/observability';
import { inProcessPlatformApi } from './platform-api';
import { seedDemo } from './seed-demo';
import { describeSeedResult } from './seed-report';

/**
 * `SEED_DEMO=true npm start`: seeds the platform this process serves, through its own API in
 * process, once it listens. A failure is logged; the platform keeps serving.
 */
export async function seedDemoAtStart(app: NestFastifyApplication): Promise<void> {
  const log = new JsonLogger('seed-demo');
  try {
    const result = await seedDemo(inProcessPlatformApi(app), {
      observer: {
        step: ({ index, total, title }) => log.info('seeding the demo', { step: `${index}/${total}`, title }),
        note: (text) => log.info(text),
      },
    });
    for (const line of describeSeedResult(result)) log.info(line);
  } catch (error) {
    log.error('the demo could not be seeded', { error });
  }
}
