import { randomUUID } from 'node:crypto';
import { everyone, type MatrixContext, type RouteCase } from './types';

/** Ids the notifications rows name; `seedNotificationsMatrix` fills them through the API. */
let clientOfA: string = randomUUID();
let webhookOfA: string = randomUUID();

const signedIn = everyone('allowed', { anonymous: 401, integrationKey: 401 });
const operatorsOnly = everyone(403, {
  anonymous: 401,
  integrationKey: 401,
  organiser: 'allowed',
  platformAdmin: 'allowed',
});
const operatorsAndAdminOfA = { ...operatorsOnly, adminOfA: 'allowed' as const };
/** Integration keys only: people get 403; the matrix's key is unknown to the key store (401). */
const integrationsOnly = everyone(403, { anonymous: 401, integrationKey: 401 });
const QUIET_EVENT = 'csg.notifications.webhook.disabled.v1';

/** Every notifications route × every kind of caller. */
export const NOTIFICATIONS_MATRIX: Record<string, RouteCase> = {
  'POST announcements': {
    body: (agencyA) => ({
      title: 'Matrix announcement',
      body: 'Hello',
      priority: 'NORMAL',
      tlp: 'TLP:GREEN',
      audience: { kind: 'AGENCIES', values: [agencyA] },
    }),
    expect: operatorsOnly,
  },
  'GET announcements': { expect: signedIn },
  'GET me/notifications': { expect: signedIn },
  'GET me/notifications/stream': { expect: signedIn },
  'POST me/notifications/:id/read': { params: () => ({ id: randomUUID() }), expect: signedIn },
  'POST me/notifications/read-all': { expect: signedIn },
  'GET me/preferences': { expect: signedIn },
  'PUT me/preferences': {
    body: () => ({ categories: [{ category: 'SESSION', channels: ['IN_APP'], delivery: 'IMMEDIATE' }] }),
    expect: signedIn,
  },
  // Public: the e-mail's signed token is the only credential (ADR 0054); without one, a 400.
  'GET unsubscribe': { expect: everyone('allowed', { integrationKey: 401 }) },
  'POST unsubscribe': { expect: everyone('allowed', { integrationKey: 401 }) },
  'POST integrations/clients': {
    body: (agencyA) => ({ name: 'Matrix client', eventTypes: [QUIET_EVENT], agencyId: agencyA }),
    expect: operatorsAndAdminOfA,
  },
  'GET integrations/clients': { expect: signedIn },
  'POST integrations/clients/:id/rotate': { params: () => ({ id: clientOfA }), expect: signedIn },
  'POST integrations/clients/:id/revoke': { params: () => ({ id: clientOfA }), expect: signedIn },
  'POST webhooks': {
    body: (agencyA) => ({ url: 'https://93.184.215.14/hook', eventTypes: [QUIET_EVENT], agencyId: agencyA }),
    expect: operatorsAndAdminOfA,
  },
  'GET webhooks': { expect: signedIn },
  'GET webhooks/:id/deliveries': { params: () => ({ id: webhookOfA }), expect: signedIn },
  'POST webhooks/:id/deliveries/:deliveryId/retry': {
    params: () => ({ id: webhookOfA, deliveryId: 'msg_unknown' }),
    expect: signedIn,
  },
  'POST webhooks/:id/rotate-secret': { params: () => ({ id: webhookOfA }), expect: signedIn },
  'GET events': { expect: integrationsOnly },
  'GET events/stream': { expect: integrationsOnly },
};

/** Agency A's integration client and webhook, created by its agency-admin through the API. */
export async function seedNotificationsMatrix(ctx: MatrixContext): Promise<void> {
  const post = async (path: string, body: unknown): Promise<string> => {
    const response = await fetch(`${ctx.baseUrl}/api/v1/${path}`, {
      method: 'POST',
      headers: { ...ctx.headers.adminOfA, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { id?: string };
    if (response.status !== 201 || !answer.id)
      throw new Error(`seeding ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer.id;
  };
  clientOfA = await post('integrations/clients', {
    name: 'A client',
    eventTypes: [QUIET_EVENT],
    agencyId: ctx.agencyA,
  });
  webhookOfA = await post('webhooks', {
    url: 'https://93.184.215.14/a',
    eventTypes: [QUIET_EVENT],
    agencyId: ctx.agencyA,
  });
}
