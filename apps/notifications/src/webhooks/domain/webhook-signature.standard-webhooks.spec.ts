import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { generateWebhookSecret, webhookSignatureHeader } from './webhook-signature';

/**
 * docs/events.md tells receivers to check deliveries with the `standardwebhooks` package. These
 * tests sign as the dispatcher does (headers and body of one delivery) and verify with that
 * package's `Webhook.verify`, so the document's claim holds for the platform's own signer.
 */
const body = JSON.stringify({
  type: 'csg.exchange.practice.published.v1',
  timestamp: '2026-12-08T09:00:00.000Z',
  id: '0b6c2a4e-3f1d-4c1e-9a51-2f7d7c1b9e10',
  source: '/csg/exchange',
  subject: 'practices/6f1b3d8e-2c4a-4f7e-8d2b-9a0c1e5f7b3d',
  data: { title: 'Phishing-resistant MFA for every admin', tlp: 'TLP:GREEN', note: 'ü ✓' },
});

function delivery(secrets: readonly string[], timestamp = Math.floor(Date.now() / 1000)) {
  const id = 'msg_2f0c8d7e5b6a4c3d9e1f0a2b3c4d5e6f';
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': webhookSignatureHeader(secrets, id, timestamp, body),
  };
}

describe('webhook signatures checked with the standardwebhooks package', () => {
  it('verify_DeliverySignedByThePlatform_ReturnsThePayload', () => {
    const secret = generateWebhookSecret();

    expect(new Webhook(secret).verify(body, delivery([secret]))).toEqual(JSON.parse(body));
  });

  it('verify_DuringASecretRotation_EachSecretAloneAcceptsTheTwoSignatures', () => {
    const [previous, current] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = delivery([current, previous]);

    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow(
      WebhookVerificationError,
    );
  });

  it('verify_WhenTheBodyIsReserialisedOrChanged_Refuses', () => {
    const secret = generateWebhookSecret();
    const headers = delivery([secret]);

    expect(() => new Webhook(secret).verify(JSON.stringify(JSON.parse(body), null, 2), headers)).toThrow(
      WebhookVerificationError,
    );
    expect(() => new Webhook(secret).verify(body.replace('GREEN', 'CLEAR'), headers)).toThrow(
      WebhookVerificationError,
    );
  });

  it('verify_WhenTheTimestampIsOlderThanFiveMinutes_Refuses', () => {
    const secret = generateWebhookSecret();
    const headers = delivery([secret], Math.floor(Date.now() / 1000) - 6 * 60);

    expect(() => new Webhook(secret).verify(body, headers)).toThrow('Message timestamp too old');
  });
});
