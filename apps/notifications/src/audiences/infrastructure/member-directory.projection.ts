import { Injectable } from '@nestjs/common';
import {
  MemberAdded,
  MemberRemoved,
  MemberRoleChanged,
  MemberSnapshotted,
  MemberUpdated,
  type CloudEvent,
  type MemberStateData,
} from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';
import { tellLateJoiner } from '../../announcements/infrastructure/session-announcement-reach.sql';

/**
 * Keeps `member_directory` (who is a member where, and their e-mail) in step with the agencies
 * service. Each event carries the membership's full state and version: an older or repeated event
 * changes nothing, and a removal stays as a tombstone so a late "added" cannot undo it.
 */
@Injectable()
export class MemberDirectoryProjection {
  @OnIntegrationEvent(MemberAdded.type, MemberRoleChanged.type, MemberUpdated.type, MemberSnapshotted.type)
  async onMemberChanged(event: CloudEvent<MemberStateData>, tx: TransactionContext): Promise<void> {
    // Someone confirmed for a session before their membership was learnt here gets its
    // announcements now (ADR 58); the other audiences are fixed when published.
    if (await this.upsert(event.data, false, tx))
      await tellLateJoiner(tx.manager, event.data.sub, new Date());
  }

  @OnIntegrationEvent(MemberRemoved.type)
  async onMemberRemoved(event: CloudEvent<MemberStateData>, tx: TransactionContext): Promise<void> {
    await this.upsert(event.data, true, tx);
  }

  /** Applies the membership's state unless an equal or newer one is known; answers whether it did. */
  private async upsert(m: MemberStateData, removed: boolean, tx: TransactionContext): Promise<boolean> {
    const applied: unknown[] = await tx.manager.query(
      `INSERT INTO member_directory (agency_id, sub, member_id, email, display_name, role, removed, version, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (agency_id, sub) DO UPDATE SET
         member_id = EXCLUDED.member_id, email = EXCLUDED.email, display_name = EXCLUDED.display_name,
         role = EXCLUDED.role, removed = EXCLUDED.removed, version = EXCLUDED.version, occurred_at = EXCLUDED.occurred_at
       WHERE (member_directory.member_id = EXCLUDED.member_id AND member_directory.version < EXCLUDED.version)
          OR (member_directory.member_id <> EXCLUDED.member_id AND member_directory.occurred_at < EXCLUDED.occurred_at)
       RETURNING 1`,
      [
        m.agencyId,
        m.sub,
        m.memberId,
        m.email ?? '',
        m.displayName ?? m.sub,
        m.role,
        removed,
        m.version,
        m.occurredAt,
      ],
    );
    return applied.length > 0;
  }
}
