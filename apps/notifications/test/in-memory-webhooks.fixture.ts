import { randomUUID } from 'node:crypto';
import type { Membership, Principal } from '@csg/auth';
import { createPlatformEventRegistry } from '@csg/contracts';
import type { TransactionSource } from '@csg/messaging';
import { InMemoryUnitOfWork } from '@csg/messaging/outbox/in-memory-unit-of-work';
import { TestClock } from '@csg/testing/test-clock';
import type { ManagedOwners } from '../src/access/caller.util';
import { NOTIFICATIONS_OUTBOX } from '../src/notifications.outbox';
import {
  WebhookReader,
  WebhookRepository,
  type NewestFirstPosition,
} from '../src/webhooks/domain/webhook.ports';
import type { StoredWebhook, WebhookDeliveryRow, WebhookRow } from '../src/webhooks/domain/webhook.records';

/*
 * In-memory webhook ports for the handler specs (beside them, not in apps/notifications/test,
 * while that folder's fixtures are being reworked). Same answers as the SQL: newest first by
 * (created_at, id), a delivery found only under its own webhook.
 */

type StoredDelivery = WebhookDeliveryRow & { webhook_id: string };

const newestFirst = <R extends { created_at: Date; id: string }>(a: R, b: R): number =>
  b.created_at.getTime() - a.created_at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const below =
  (after: NewestFirstPosition | undefined) =>
  (r: { created_at: Date; id: string }): boolean => {
    if (!after) return true;
    const at = new Date(after[0]).getTime();
    return r.created_at.getTime() < at || (r.created_at.getTime() === at && r.id < after[1]);
  };

/** The rows both ports read and write, with what each test puts in place. */
export class InMemoryWebhookStore {
  readonly webhooks = new Map<string, StoredWebhook>();
  readonly deliveries = new Map<string, StoredDelivery>();
  readonly locked: string[] = [];

  given(overrides: Partial<StoredWebhook> = {}): StoredWebhook {
    const webhook: StoredWebhook = {
      id: randomUUID(),
      url: 'https://soc.example.gov.pk/hooks',
      event_types: ['csg.exchange.practice.published.v1'],
      owner_agency_id: null,
      tlp_clearance: 'TLP:GREEN',
      description: null,
      status: 'ACTIVE',
      disabled_reason: null,
      failing_since: null,
      previous_secret_expires_at: null,
      created_at: new Date(Date.UTC(2026, 0, 1) + this.webhooks.size * 60_000),
      version: 1,
      secret_ciphertext: `sealed-${this.webhooks.size}`,
      ...overrides,
    };
    this.webhooks.set(webhook.id, webhook);
    return webhook;
  }

  givenDelivery(webhookId: string, overrides: Partial<StoredDelivery> = {}): StoredDelivery {
    const delivery: StoredDelivery = {
      id: `msg_${randomUUID().replace(/-/g, '')}`,
      webhook_id: webhookId,
      event_id: randomUUID(),
      event_type: 'csg.exchange.practice.published.v1',
      status: 'GAVE_UP',
      attempts: 8,
      next_attempt_at: new Date(Date.UTC(2026, 0, 2)),
      last_status_code: 500,
      last_error: null,
      created_at: new Date(Date.UTC(2026, 0, 1) + this.deliveries.size * 60_000),
      completed_at: new Date(Date.UTC(2026, 0, 2)),
      attempt_log: [{ at: '2026-01-01T00:00:00.000Z', status_code: 500, error: null, duration_ms: 12 }],
      ...overrides,
    };
    this.deliveries.set(delivery.id, delivery);
    return delivery;
  }
}

/** The command side, only inside a running unit of work, as the SQL one. */
export class InMemoryWebhookRepository extends WebhookRepository {
  constructor(
    private readonly store: InMemoryWebhookStore,
    private readonly transactions: TransactionSource,
  ) {
    super();
  }

  async find(id: string): Promise<StoredWebhook | null> {
    void this.transactions.current;
    const webhook = this.store.webhooks.get(id);
    return webhook ? { ...webhook } : null;
  }

  async lock(id: string): Promise<StoredWebhook | null> {
    this.store.locked.push(id);
    return this.find(id);
  }

  async rotateSecret(
    id: string,
    previousCiphertext: string,
    overlapHours: number,
    secretCiphertext: string,
  ): Promise<WebhookRow> {
    void this.transactions.current;
    const webhook = this.store.webhooks.get(id);
    if (!webhook) throw new Error(`rotating an unknown webhook ${id}`);
    Object.assign(webhook, {
      previous_secret_ciphertext: previousCiphertext,
      previous_secret_expires_at: new Date(Date.now() + overlapHours * 3_600_000),
      secret_ciphertext: secretCiphertext,
      version: webhook.version + 1,
    });
    return { ...webhook };
  }

  async retryDelivery(webhookId: string, deliveryId: string): Promise<WebhookDeliveryRow | null> {
    void this.transactions.current;
    const delivery = this.store.deliveries.get(deliveryId.slice(0, 100));
    if (!delivery || delivery.webhook_id !== webhookId) return null;
    Object.assign(delivery, { status: 'PENDING', next_attempt_at: new Date(), completed_at: null });
    return { ...delivery };
  }
}

/** The read side. */
export class InMemoryWebhookReader extends WebhookReader {
  readonly asked: ManagedOwners[] = [];

  constructor(private readonly store: InMemoryWebhookStore) {
    super();
  }

  async find(id: string): Promise<WebhookRow | null> {
    const webhook = this.store.webhooks.get(id);
    return webhook ? { ...webhook } : null;
  }

  async list(owners: ManagedOwners, limit: number, after?: NewestFirstPosition): Promise<WebhookRow[]> {
    this.asked.push(owners);
    return [...this.store.webhooks.values()]
      .filter(
        (w) => owners.all || (w.owner_agency_id !== null && owners.agencyIds.includes(w.owner_agency_id)),
      )
      .filter(below(after))
      .sort(newestFirst)
      .slice(0, limit);
  }

  async deliveries(
    webhookId: string,
    limit: number,
    after?: NewestFirstPosition,
  ): Promise<WebhookDeliveryRow[]> {
    return [...this.store.deliveries.values()]
      .filter((d) => d.webhook_id === webhookId)
      .filter(below(after))
      .sort(newestFirst)
      .slice(0, limit);
  }
}

export function inMemoryWebhooks() {
  const store = new InMemoryWebhookStore();
  const unitOfWork = new InMemoryUnitOfWork(
    createPlatformEventRegistry(),
    NOTIFICATIONS_OUTBOX,
    '/csg/notifications',
  );
  return {
    store,
    unitOfWork,
    repository: new InMemoryWebhookRepository(store, unitOfWork),
    reader: new InMemoryWebhookReader(store),
    clock: new TestClock(),
  };
}

export const AGENCY_A = '0a000000-0000-4000-8000-00000000000a';
export const AGENCY_B = '0b000000-0000-4000-8000-00000000000b';

export const operator = (): Principal => ({
  kind: 'person',
  sub: 'organiser-1',
  platformRoles: ['organiser'],
  memberships: [],
});

export const member = (
  agencyId: string,
  role: Membership['role'],
  agencyStatus: Membership['agencyStatus'] = 'ACTIVE',
): Principal => ({
  kind: 'person',
  sub: `${role}-of-${agencyId.slice(0, 2)}`,
  platformRoles: [],
  memberships: [{ agencyId, role, agencyStatus }],
});

export const integration = (ownerAgencyId: string | null): Principal => ({
  kind: 'integration',
  clientId: randomUUID(),
  ownerAgencyId,
  eventTypes: ['csg.exchange.practice.published.v1'],
  tlpClearance: 'TLP:GREEN',
});

/** The error code a call ends with ('resolved' when it does not throw). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
