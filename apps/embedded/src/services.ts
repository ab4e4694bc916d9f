import { serviceRegistry } from '@csg/runtime';
import { AGENCIES_SERVICE } from '../../agencies/src/agencies.service';
import { EXCHANGE_SERVICE } from '../../exchange/src/exchange.service';
import { MATURITY_SERVICE } from '../../maturity/src/maturity.service';
import { NOTIFICATIONS_SERVICE } from '../../notifications/src/notifications.service';
import { SESSIONS_SERVICE } from '../../sessions/src/sessions.service';

/**
 * Every service of the platform: the one list. The embedded composition, `npm run migrate`,
 * `npm run dlq` and the lint boundaries read it; services.spec.ts checks that nest-cli.json,
 * package.json and deploy/ agree. Adding a service: its folder (with `<name>.service.ts`) and
 * one line here.
 */
export const SERVICES = serviceRegistry([
  AGENCIES_SERVICE,
  SESSIONS_SERVICE,
  EXCHANGE_SERVICE,
  NOTIFICATIONS_SERVICE,
  MATURITY_SERVICE,
]);
