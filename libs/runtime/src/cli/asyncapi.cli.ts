import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { asyncApiYaml, platformAsyncApiDocument } from '../asyncapi/platform-asyncapi';

/** `npm run asyncapi [-- <file>]`: writes docs/asyncapi.yaml from the catalogue and the egress policy. */
const target = resolve(process.argv[2] ?? 'docs/asyncapi.yaml');
const document = platformAsyncApiDocument();
writeFileSync(target, asyncApiYaml(document));
const count = (key: 'channels' | 'messages') =>
  Object.keys(
    (key === 'channels'
      ? document.channels
      : (document.components as { messages: object }).messages) as object,
  ).length;
process.stdout.write(`wrote ${count('messages')} messages on ${count('channels')} channels to ${target}\n`);
