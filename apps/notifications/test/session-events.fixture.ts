import { randomUUID } from 'node:crypto';
import type { CloudEvent } from '@csg/contracts';

/** An event from the test source, as the inbox consumer hands it to a reaction. */
export const cloudEvent = <T>(type: string, data: T): CloudEvent<T> => ({
  specversion: '1.0',
  id: randomUUID(),
  source: '/csg/test',
  type,
  time: new Date().toISOString(),
  datacontenttype: 'application/json',
  data,
});

/** The data of Session 9 "Roadmaps" as the sessions service publishes it: scheduled, online, TLP:GREEN, version 1. */
export const scheduledSession = (
  sessionId: string,
  startsAt: Date,
  endsAt: Date,
  overrides: Record<string, unknown> = {},
) => ({
  sessionId,
  sequence: 9,
  title: 'Roadmaps',
  description: '',
  startsAt: startsAt.toISOString(),
  endsAt: endsAt.toISOString(),
  timezone: 'Asia/Karachi',
  mode: 'ONLINE',
  venue: null,
  joinUrl: null,
  capacity: 50,
  seatsPerAgency: null,
  invitation: null,
  status: 'SCHEDULED',
  cancellationReason: null,
  agenda: [],
  tlp: 'TLP:GREEN',
  version: 1,
  occurredAt: new Date().toISOString(),
  ...overrides,
});
