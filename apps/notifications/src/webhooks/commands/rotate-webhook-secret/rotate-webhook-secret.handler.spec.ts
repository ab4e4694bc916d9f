import { SecretBox } from '../../infrastructure/secret-box';
import {
  AGENCY_A,
  AGENCY_B,
  codeOf,
  inMemoryWebhooks,
  integration,
  member,
  operator,
} from '../../../../test/in-memory-webhooks.fixture';
import { RotateWebhookSecretCommand } from './rotate-webhook-secret.command';
import { RotateWebhookSecretHandler } from './rotate-webhook-secret.handler';

describe('RotateWebhookSecretHandler', () => {
  const setup = () => {
    const ports = inMemoryWebhooks();
    return {
      ...ports,
      handler: new RotateWebhookSecretHandler(ports.unitOfWork, ports.repository, ports.clock),
    };
  };

  it('Rotate_ByTheOwnersAgencyAdmin_SealsANewSecretAnsweredOnce_AndKeepsTheOldOneSigningForTheOverlap', async () => {
    const { handler, store } = setup();
    const webhook = store.given({ owner_agency_id: AGENCY_A, secret_ciphertext: 'sealed-old' });
    const before = Date.now();
    const view = await handler.execute(
      new RotateWebhookSecretCommand(webhook.id, member(AGENCY_A, 'agency-admin')),
    );
    expect(view).toMatchObject({ id: webhook.id, agencyId: AGENCY_A, version: 2 });
    expect(view.secret).toMatch(/^whsec_/);
    const stored = store.webhooks.get(webhook.id) as unknown as Record<string, unknown>;
    expect(stored.previous_secret_ciphertext).toBe('sealed-old');
    expect(new SecretBox().open(stored.secret_ciphertext as string)).toBe(view.secret);
    const overlapEnds = Date.parse(view.previousSecretExpiresAt as string);
    expect(overlapEnds - before).toBeGreaterThanOrEqual(24 * 3_600_000 - 1_000);
    expect(store.locked).toEqual([webhook.id]);
  });

  it('Rotate_TwiceInARow_AnswersADifferentSecretEachTime', async () => {
    const { handler, store } = setup();
    const webhook = store.given();
    const first = await handler.execute(new RotateWebhookSecretCommand(webhook.id, operator()));
    const second = await handler.execute(new RotateWebhookSecretCommand(webhook.id, operator()));
    expect(second.secret).not.toBe(first.secret);
    expect(second.version).toBe(3);
  });

  it.each([
    ['an admin of another agency', member(AGENCY_B, 'agency-admin')],
    ['a plain member of the owner', member(AGENCY_A, 'member')],
    ['an admin of the owner while it is suspended', member(AGENCY_A, 'agency-admin', 'SUSPENDED')],
    ['an integration key of the owner', integration(AGENCY_A)],
  ])('Rotate_By%s_IsWebhookNotFound_AndChangesNothing', async (_who, actor) => {
    const { handler, store } = setup();
    const webhook = store.given({ owner_agency_id: AGENCY_A, secret_ciphertext: 'sealed-old' });
    expect(await codeOf(handler.execute(new RotateWebhookSecretCommand(webhook.id, actor)))).toBe(
      'WEBHOOK.NOT_FOUND',
    );
    expect(store.webhooks.get(webhook.id)).toMatchObject({ secret_ciphertext: 'sealed-old', version: 1 });
  });

  it('Rotate_APlatformWebhookByAnAgencyAdmin_IsWebhookNotFound', async () => {
    const { handler, store } = setup();
    const webhook = store.given({ owner_agency_id: null });
    expect(
      await codeOf(
        handler.execute(new RotateWebhookSecretCommand(webhook.id, member(AGENCY_A, 'agency-admin'))),
      ),
    ).toBe('WEBHOOK.NOT_FOUND');
  });

  it('Rotate_AnUnknownWebhook_IsWebhookNotFoundEvenForAnOperator', async () => {
    const { handler } = setup();
    expect(
      await codeOf(
        handler.execute(new RotateWebhookSecretCommand('00000000-0000-4000-8000-000000000000', operator())),
      ),
    ).toBe('WEBHOOK.NOT_FOUND');
  });
});
