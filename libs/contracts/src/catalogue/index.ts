import { EventRegistry } from '../event-registry';
import { AGENCIES_EVENTS } from './agencies.events';

export * from './agencies.events';
export * from './common.schemas';

/** Every integration event type of the platform. Service issues add their own lists here. */
export const PLATFORM_EVENTS = [...AGENCIES_EVENTS];

export function createPlatformEventRegistry(): EventRegistry {
  return new EventRegistry(PLATFORM_EVENTS);
}
