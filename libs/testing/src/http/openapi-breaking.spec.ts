import { breakingChanges } from './openapi-breaking';

const json = (schema: object) => ({ 'application/json': { schema } });

/** A small contract: a view with a required id, an enum and an optional count, and a body. */
function contract() {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/things': {
        get: {
          parameters: [{ name: 'tier', in: 'query', required: false, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: json({ $ref: '#/components/schemas/Thing' }) } },
        },
        post: {
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/NewThing' }) },
          responses: {
            '201': { description: 'created', content: json({ $ref: '#/components/schemas/Thing' }) },
          },
        },
      },
      '/things/{id}': {
        delete: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'gone' } },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            status: { type: 'string', enum: ['OPEN', 'CLOSED'] },
            count: { type: 'integer' },
          },
          required: ['id', 'status'],
        },
        NewThing: {
          type: 'object',
          properties: {
            name: { type: 'string', maxLength: 100 },
            kind: { type: 'string', enum: ['A', 'B'] },
            note: { type: 'string' },
          },
          required: ['name'],
        },
      },
    },
  };
}

type Contract = ReturnType<typeof contract>;
const changed = (change: (document: Contract) => void) => {
  const after = contract();
  change(after);
  return breakingChanges(contract(), after);
};

describe('breakingChanges (api-smart-diff with the project rules, ADR 62)', () => {
  it('finds nothing between a contract and itself', () => {
    expect(breakingChanges(contract(), contract())).toEqual([]);
  });

  it.each<[string, (document: Contract) => void]>([
    ['a removed route', (d) => delete (d.paths as Record<string, unknown>)['/things/{id}']],
    [
      'a removed response field',
      (d) => delete (d.components.schemas.Thing.properties as Record<string, unknown>).count,
    ],
    [
      'a removed required response field',
      (d) => {
        delete (d.components.schemas.Thing.properties as Record<string, unknown>).id;
        d.components.schemas.Thing.required = ['status'];
      },
    ],
    ['a removed response enum value', (d) => (d.components.schemas.Thing.properties.status.enum = ['OPEN'])],
    ['a removed request enum value', (d) => (d.components.schemas.NewThing.properties.kind.enum = ['A'])],
    ['a newly required request field', (d) => d.components.schemas.NewThing.required.push('note')],
    ['a changed response type', (d) => (d.components.schemas.Thing.properties.count.type = 'string')],
    ['a changed request type', (d) => (d.components.schemas.NewThing.properties.note.type = 'integer')],
    ['a tighter request bound', (d) => (d.components.schemas.NewThing.properties.name.maxLength = 50)],
    [
      'a response field that may now be null',
      (d) => Object.assign(d.components.schemas.Thing.properties.count, { nullable: true }),
    ],
    [
      'a removed success status',
      (d) => {
        const get = d.paths['/things'].get.responses as Record<string, unknown>;
        get['206'] = get['200'];
        delete get['200'];
      },
    ],
  ])('reports %s as breaking', (_name, change) => {
    expect(changed(change).length).toBeGreaterThan(0);
  });

  it.each<[string, (document: Contract) => void]>([
    [
      'a new route',
      (d) => Object.assign(d.paths, { '/others': { get: { responses: { '204': { description: 'ok' } } } } }),
    ],
    [
      'a new optional request field',
      (d) => Object.assign(d.components.schemas.NewThing.properties, { extra: { type: 'string' } }),
    ],
    [
      'a new response field',
      (d) => Object.assign(d.components.schemas.Thing.properties, { extra: { type: 'string' } }),
    ],
    [
      'a new response enum value (clients accept values they do not know)',
      (d) => d.components.schemas.Thing.properties.status.enum.push('ARCHIVED'),
    ],
    [
      'a new documented problem status',
      (d) =>
        Object.assign(d.paths['/things/{id}'].delete.responses, {
          '431': { description: 'headers too large' },
        }),
    ],
    ['a looser request bound', (d) => (d.components.schemas.NewThing.properties.name.maxLength = 200)],
    ['a new description', (d) => Object.assign(d.info, { description: 'more words' })],
  ])('lets %s through', (_name, change) => {
    expect(changed(change)).toEqual([]);
  });

  it('says what broke and where', () => {
    const [line] = changed((d) => delete (d.paths as Record<string, unknown>)['/things/{id}']);
    expect(line).toContain('DELETE /things/{id}');
    expect(line).toContain('paths › /things/{id} › delete');
  });
});
