import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { fanOut } from '../../inbox/infrastructure/notification-fan-out.writer';
import type { DueJobHandler } from '../../scheduling/infrastructure/due-jobs';
import { localTime, sessionName } from '../domain/reaction-message.rule';
import { SESSION_REMINDER_JOB } from './session-reactions.handler';

/** 24 hours before a session: its confirmed participants are reminded (once per start time). */
@Injectable()
export class SessionReminderJob implements DueJobHandler {
  readonly kind = SESSION_REMINDER_JOB;

  async run(ref: string, manager: EntityManager): Promise<void> {
    const [sessionId, startsAt] = ref.split('|');
    const rows: Array<{
      sequence: number;
      title: string;
      timezone: string;
      status: string;
      starts_at: Date;
    }> = await manager.query(
      `SELECT sequence, title, timezone, status, starts_at FROM session_schedule WHERE session_id = $1`,
      [sessionId],
    );
    const s = rows[0];
    if (!s || s.status !== 'SCHEDULED' || s.starts_at.getTime() !== new Date(startsAt).getTime()) return;
    await fanOut(
      manager,
      {
        category: 'SESSION',
        kind: 'session.reminder',
        sourceId: ref,
        title: `Tomorrow: ${sessionName(s.sequence, s.title)}`,
        body: `It starts ${localTime(startsAt, s.timezone)}.`,
        urgent: false,
        tlp: 'TLP:GREEN',
        ownerAgencyId: null,
        sharedWithAgencyIds: [],
        recipientSubs: [],
      },
      {
        sql: `SELECT sub FROM session_participants WHERE session_id = $1 AND status = 'CONFIRMED'`,
        params: [sessionId],
      },
    );
  }
}
