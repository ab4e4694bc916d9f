import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_OPERATION_EXTENSION } from './api-responses.decorator';
import { finaliseDocument, packageVersion } from './openapi-document';

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

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
    expect(document.paths['/a'].get).toEqual({ security: [], responses: expect.any(Object) });
    expect(document.paths['/a'].get).not.toHaveProperty(PUBLIC_OPERATION_EXTENSION);
    expect(document.paths['/b'].get?.security).toEqual([{ bearer: [] }]);
    expect(document.components?.schemas?.View).toEqual(
      expect.objectContaining({ additionalProperties: false }),
    );
    expect(document.components?.schemas?.Open).toEqual(
      expect.objectContaining({ additionalProperties: true }),
    );
    expect(document.components?.schemas?.Tier).not.toHaveProperty('additionalProperties');
  });

  it('lists the edge answers: 429 and 431 everywhere, 414 with path parameters, 413 and 415 with a body', () => {
    const document = finaliseDocument({
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/plain': { get: { responses: { '200': { description: 'OK' } } } },
        '/x/{id}': {
          patch: {
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: { '200': { description: 'OK' }, '429': { description: 'the route says it itself' } },
          },
        },
      },
    } as OpenAPIObject);
    const plain = document.paths['/plain'].get!.responses;
    expect(Object.keys(plain)).toEqual(['200', '429', '431']);
    expect(plain['431']).toEqual(expect.objectContaining({ content: PROBLEM }));
    const patch = document.paths['/x/{id}'].patch!.responses;
    expect(Object.keys(patch)).toEqual(['200', '413', '414', '415', '429', '431']);
    expect(patch['429']).toEqual({ description: 'the route says it itself' });
    for (const status of ['413', '414', '415'])
      expect(patch[status]).toEqual(expect.objectContaining({ content: PROBLEM }));
  });

  it('writes a lone allOf around a $ref as the $ref, and leaves a composition with more to say', () => {
    const document = finaliseDocument({
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Agency: {
            type: 'object',
            properties: {
              tier: { allOf: [{ $ref: '#/components/schemas/Tier' }] },
              described: { description: 'kept', allOf: [{ $ref: '#/components/schemas/Tier' }] },
              tags: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/Tier' }] } },
            },
          },
          Tier: { type: 'string', enum: ['A'] },
        },
      },
    } as OpenAPIObject);
    const agency = document.components!.schemas!.Agency as { properties: Record<string, object> };
    expect(agency.properties.tier).toEqual({ $ref: '#/components/schemas/Tier' });
    expect(agency.properties.tags).toEqual({ type: 'array', items: { $ref: '#/components/schemas/Tier' } });
    expect(agency.properties.described).toEqual(expect.objectContaining({ description: 'kept' }));
  });
});
