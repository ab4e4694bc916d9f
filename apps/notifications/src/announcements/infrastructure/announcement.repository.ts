import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TlpMarking } from '@csg/auth';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { Announcement, type AnnouncementState } from '../domain/announcement.aggregate';
import { AnnouncementRepository } from '../domain/announcement.ports';
import type { Audience } from '../domain/audience.value-object';

export interface AnnouncementRow {
  id: string;
  title: string;
  body: string;
  priority: AnnouncementState['priority'];
  audience_kind: Audience['kind'];
  audience_values: string[];
  tlp: TlpMarking;
  owner_agency_id: string | null;
  shared_with_agency_ids: string[];
  recipient_subs: string[];
  status: AnnouncementState['status'];
  publish_at: Date;
  published_at: Date | null;
  recipient_count: number | null;
  created_by: string;
  created_at: Date;
  version: number;
}

export function announcementFromRow(r: AnnouncementRow): Announcement {
  return Announcement.restore({
    id: r.id,
    title: r.title,
    body: r.body,
    priority: r.priority,
    audience: { kind: r.audience_kind, values: r.audience_values },
    tlp: r.tlp,
    ownerAgencyId: r.owner_agency_id,
    sharedWithAgencyIds: r.shared_with_agency_ids,
    recipientSubs: r.recipient_subs,
    status: r.status,
    publishAt: r.publish_at,
    publishedAt: r.published_at,
    recipientCount: r.recipient_count,
    createdBy: r.created_by,
    createdAt: r.created_at,
    version: r.version,
  });
}

/** Announcements in the running unit of work's transaction; written ones hand their facts to it. */
@Injectable()
export class SqlAnnouncementRepository extends AnnouncementRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(announcement: Announcement): Promise<void> {
    const s = announcement.snapshot();
    await this.manager.query(
      `INSERT INTO announcements (id, title, body, priority, audience_kind, audience_values, tlp, owner_agency_id,
         shared_with_agency_ids, recipient_subs, status, publish_at, published_at, recipient_count, created_by, created_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        s.id,
        s.title,
        s.body,
        s.priority,
        s.audience.kind,
        s.audience.values,
        s.tlp,
        s.ownerAgencyId,
        s.sharedWithAgencyIds,
        s.recipientSubs,
        s.status,
        s.publishAt,
        s.publishedAt,
        s.recipientCount,
        s.createdBy,
        s.createdAt,
        s.version,
      ],
    );
    this.transactions.current.track(announcement);
  }

  /** The announcement, locked for this transaction (the scheduler and a second instance never publish it twice). */
  async lock(id: string): Promise<Announcement | null> {
    const rows: AnnouncementRow[] = await this.manager.query(
      `SELECT * FROM announcements WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? announcementFromRow(rows[0]) : null;
  }

  async savePublished(announcement: Announcement): Promise<void> {
    const s = announcement.snapshot();
    await this.manager.query(
      `UPDATE announcements SET status = $2, published_at = $3, recipient_count = $4, version = $5 WHERE id = $1`,
      [s.id, s.status, s.publishedAt, s.recipientCount, s.version],
    );
    this.transactions.current.track(announcement);
  }
}
