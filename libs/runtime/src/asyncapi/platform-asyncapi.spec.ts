import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { PLATFORM_EVENTS, INTEGRATION_TOPICS } from '@csg/contracts';
import { asyncApiYaml, platformAsyncApiDocument } from './platform-asyncapi';

const ROOT = join(__dirname, '../../../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

type Message = {
  name: string;
  headers: { $ref: string };
  payload: { properties?: Record<string, unknown>; not?: unknown };
  examples?: Array<{ headers: object; payload: Record<string, unknown> }>;
};
type Ref = { $ref: string };
type Doc = {
  channels: Record<string, { messages: Record<string, Ref> }>;
  operations: Record<string, { channel: Ref; messages: Ref[] }>;
  components: { schemas: Record<string, object>; messages: Record<string, Message> };
};

const document = platformAsyncApiDocument(version);
const doc = document as unknown as Doc;
const definitionOf = (type: string) => PLATFORM_EVENTS.find((d) => d.type === type)!;
const curated = Object.entries(INTEGRATION_TOPICS).flatMap(([reach, topic]) =>
  Object.keys(doc.channels[topic].messages).map(
    (id) => [id, reach, doc.components.messages[id]] as [string, string, Message],
  ),
);

describe('the AsyncAPI document', () => {
  it('docs/asyncapi.yaml is what npm run asyncapi generates from the catalogue and the policy today', () => {
    expect(readFileSync(join(ROOT, 'docs/asyncapi.yaml'), 'utf8')).toBe(asyncApiYaml(document));
  });

  it('is a valid AsyncAPI 3 document by the AsyncAPI parser, without errors or warnings', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(asyncApiYaml(document));
    // Severity 0 is an error, 1 a warning; hints (2, 3) such as "3.1.0 exists" are not problems.
    expect(
      diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.path.join('.')}: ${d.message}`),
    ).toEqual([]);
    expect(parsed).toBeDefined();
  });

  it('gives every message an example whose payload and headers its schemas accept', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const headers = ajv.compile(doc.components.schemas.CloudEventHeaders);
    const failures: string[] = [];
    for (const [id, message] of Object.entries(doc.components.messages)) {
      expect(message.headers.$ref).toBe('#/components/schemas/CloudEventHeaders');
      const examples = message.examples ?? [];
      if (examples.length === 0) failures.push(`${id}: no example`);
      const payload = ajv.compile(message.payload);
      for (const example of examples) {
        if (!payload(example.payload)) failures.push(`${id}: ${ajv.errorsText(payload.errors)}`);
        if (!headers(example.headers)) failures.push(`${id} headers: ${ajv.errorsText(headers.errors)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('names every channel message in an operation on that channel, and only those', () => {
    for (const [address, channel] of Object.entries(doc.channels)) {
      const named = Object.values(doc.operations)
        .filter((op) => op.channel.$ref === `#/channels/${address}`)
        .flatMap((op) => op.messages.map((m) => m.$ref));
      const messages = Object.keys(channel.messages).map((id) => `#/channels/${address}/messages/${id}`);
      expect(new Set(named)).toEqual(new Set(messages));
    }
    expect(Object.keys(doc.operations)).toEqual(
      expect.arrayContaining(['receive.csg.integration.clear', 'receive.csg.integration.green']),
    );
  });

  it('never puts a personal field in a curated-topic payload, nor in its example', () => {
    expect(curated.length).toBeGreaterThan(0);
    for (const [id, , message] of curated) {
      const personal = definitionOf(message.name).egress?.personalFields ?? [];
      const fields = [
        ...Object.keys(message.payload.properties ?? {}),
        ...Object.keys(message.examples![0].payload),
      ];
      expect({ id, leaked: fields.filter((f) => personal.includes(f)) }).toEqual({ id, leaked: [] });
    }
  });

  it('curates only types whose declaration lets them out beyond the owner, within the topic marking', () => {
    for (const [id, reach, message] of curated) {
      const rule = definitionOf(message.name).egress!;
      expect({ id, to: rule.to }).toEqual({ id, to: expect.stringMatching(/^(readers|cleared)$/) });
      const tlp = message.examples![0].payload.tlp;
      if (tlp !== undefined)
        expect(reach === 'clear' ? ['TLP:CLEAR'] : ['TLP:CLEAR', 'TLP:GREEN']).toContain(tlp);
    }
    const names = curated.map(([, , m]) => m.name);
    for (const type of [
      'csg.agencies.member.added.v1',
      'csg.exchange.practice.submitted.v1',
      'csg.maturity.assessment.submitted.v1',
    ])
      expect(names).not.toContain(type);
  });

  it('shows an agency on the green topic without its contact e-mail, and never its suspension', () => {
    const updated = doc.components.messages['green.agencies.agency.updated.v1'];
    expect(updated.examples![0].payload).toMatchObject({ status: 'ACTIVE' });
    expect(updated.examples![0].payload).not.toHaveProperty('contactEmail');
    expect(doc.channels['csg.integration.green'].messages).not.toHaveProperty(
      'green.agencies.agency.suspended.v1',
    );
    expect(doc.channels['csg.integration.clear'].messages).not.toHaveProperty(
      'clear.agencies.agency.updated.v1',
    );
  });
});
