import { createHmac } from 'node:crypto';
import { generateWebhookSecret, signWebhook, webhookSignatureHeader } from './webhook-signature';

/** An independent verifier written from the Standard Webhooks specification. */
function verify(secret: string, headers: Record<string, string>, body: string): boolean {
  const key = Buffer.from(secret.split('_')[1], 'base64');
  const expected = createHmac('sha256', key)
    .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
    .digest('base64');
  return headers['webhook-signature'].split(' ').some((s) => s === `v1,${expected}`);
}

describe('webhook signatures', () => {
  it('secret_IsWhsecWith32RandomBytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it('signature_VerifiesWithAnIndependentImplementation', () => {
    const secret = generateWebhookSecret();
    const body = JSON.stringify({ type: 'x', data: { ü: '✓' } });
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': '1764576000',
      'webhook-signature': signWebhook(secret, 'msg_1', 1764576000, body),
    };
    expect(verify(secret, headers, body)).toBe(true);
    expect(verify(secret, headers, body + ' ')).toBe(false);
    expect(verify(generateWebhookSecret(), headers, body)).toBe(false);
  });

  it('duringRotation_BothSecretsSign', () => {
    const [oldSecret, newSecret] = [generateWebhookSecret(), generateWebhookSecret()];
    const header = webhookSignatureHeader([newSecret, oldSecret], 'msg_2', 1, '{}');
    expect(header.split(' ')).toHaveLength(2);
    for (const s of [oldSecret, newSecret])
      expect(
        verify(s, { 'webhook-id': 'msg_2', 'webhook-timestamp': '1', 'webhook-signature': header }, '{}'),
      ).toBe(true);
  });
});
