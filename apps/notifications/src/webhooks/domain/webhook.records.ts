/** A webhook as the service stores it; `WebhookView` is what its managers see of it. */
export interface WebhookRow {
  id: string;
  url: string;
  event_types: string[];
  owner_agency_id: string | null;
  tlp_clearance: string;
  description: string | null;
  status: string;
  disabled_reason: string | null;
  failing_since: Date | null;
  previous_secret_expires_at: Date | null;
  created_at: Date;
  version: number;
}

/** A webhook with its sealed signing secret (never answered). */
export interface StoredWebhook extends WebhookRow {
  secret_ciphertext: string;
}

/** One delivery as stored, with its attempts (oldest first; null: none yet). */
export interface WebhookDeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  completed_at: Date | null;
  attempt_log: Array<{
    at: string;
    status_code: number | null;
    error: string | null;
    duration_ms: number;
  }> | null;
}
