/** What happened to a session, recorded by the aggregate; the unit of work maps facts to integration events. */
export type SessionFact =
  | { type: 'scheduled' }
  | { type: 'rescheduled'; previousStartsAt: Date; previousEndsAt: Date }
  | { type: 'updated'; fields: string[] }
  | { type: 'cancelled'; wasScheduled: boolean }
  | { type: 'completed' }
  | { type: 'agenda-changed' };
