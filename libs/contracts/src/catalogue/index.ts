import { EventRegistry } from '../event-registry';
import { AGENCIES_EVENTS } from './agencies.events';
import { EXCHANGE_EVENTS } from './exchange.events';
import { MATURITY_EVENTS } from './maturity.events';
import { NOTIFICATIONS_EVENTS } from './notifications.events';
import { SESSIONS_EVENTS } from './sessions.events';

export * from './agencies.events';
export * from './common.schemas';
export * from './exchange.events';
export * from './maturity.events';
export * from './notifications.events';
export * from './sessions.events';

/** Every integration event type of the platform. Service issues add their own lists here. */
export const PLATFORM_EVENTS = [
  ...AGENCIES_EVENTS,
  ...NOTIFICATIONS_EVENTS,
  ...MATURITY_EVENTS,
  ...EXCHANGE_EVENTS,
  ...SESSIONS_EVENTS,
];

export function createPlatformEventRegistry(): EventRegistry {
  return new EventRegistry(PLATFORM_EVENTS);
}
