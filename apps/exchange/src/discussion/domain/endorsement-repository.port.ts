import type { Endorsement } from './endorsement.aggregate';

/** Where endorsements are kept, in the running unit of work's transaction. */
export abstract class EndorsementRepository {
  /** Adds it; ENDORSEMENT.ALREADY_ENDORSED when the agency endorsed the practice before. */
  abstract insert(endorsement: Endorsement): Promise<void>;

  /** The agencies that endorsed the practice, earliest first. */
  abstract agenciesEndorsing(practiceId: string): Promise<string[]>;
}
