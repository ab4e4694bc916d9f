import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_OPERATION_EXTENSION } from './api-responses.decorator';
import { finaliseDocument, packageVersion } from './openapi-document';

describe('the OpenAPI document as served', () => {
  it("says the project's package version", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(packageVersion()).toBe(pkg.version);
  });

  it('gives public operations an empty security and closes every object schema', () => {
    const document = finaliseDocument({
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a': { get: { [PUBLIC_OPERATION_EXTENSION]: true, responses: {} } as never },
        '/b': { get: { security: [{ bearer: [] }], responses: {} } },
      },
      components: {
        schemas: {
          View: { type: 'object', properties: { id: { type: 'string' } } },
          Open: { type: 'object', properties: {}, additionalProperties: true },
          Tier: { type: 'string', enum: ['A'] },
        },
      },
    } as OpenAPIObject);
    expect(document.paths['/a'].get).toEqual({ security: [], responses: {} });
    expect(document.paths['/b'].get?.security).toEqual([{ bearer: [] }]);
    expect(document.components?.schemas?.View).toEqual(
      expect.objectContaining({ additionalProperties: false }),
    );
    expect(document.components?.schemas?.Open).toEqual(
      expect.objectContaining({ additionalProperties: true }),
    );
    expect(document.components?.schemas?.Tier).not.toHaveProperty('additionalProperties');
  });
});
