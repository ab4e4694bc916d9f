/** One event of the integration event log, as read for a key. */
export interface FeedRow {
  seq: string;
  event_id: string;
  type: string;
  source: string;
  subject: string | null;
  time: Date;
  data: unknown;
  tlp: string;
}
