import type { Member } from '../../members/domain/member.aggregate';
import type { Agency } from './agency.aggregate';

/** One agency with its members, as a resnapshot batch reads them. */
export interface AgencyWithMembers {
  agency: Agency;
  members: Member[];
}

/** Every agency and member, in id order and batches, in the running unit of work's transaction. */
export abstract class AgencySnapshotSource {
  abstract countAgencies(): Promise<number>;

  /**
   * The next `size` agencies after `afterId` (share-locked until the transaction ends, so no
   * member change interleaves), each with its members.
   */
  abstract batchAfter(afterId: string | null, size: number): Promise<AgencyWithMembers[]>;
}
