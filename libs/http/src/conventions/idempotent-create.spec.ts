import { BadRequestException, Body, Controller, Module, Post } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiProperty, type OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { createOpenApiDocument } from '../openapi/openapi-document';
import { IdempotencyKey } from './idempotency-key';
import type { IdempotentOutcome } from './idempotency.store';
import { IdempotentCreate, registerIdempotentCreates } from './idempotent-create';

class ThingView {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
}

const THING = { id: '0b5c2a6e-1f53-4c8e-9a43-2f5d8c1e7b10', version: 1 };

/** A retry is any request that names the key `retry`: the store's answer, as runIdempotently gives it. */
const outcome = <T>(body: T, key: string | undefined): IdempotentOutcome<T> => ({
  body,
  replayed: key === 'retry',
});

@Controller('things')
class ThingsController {
  @Post()
  @IdempotentCreate(ThingView, { location: 'things/:id', etag: true, description: 'the thing' })
  create(@IdempotencyKey() key: string | undefined): Promise<IdempotentOutcome<ThingView>> {
    return Promise.resolve(outcome(THING, key));
  }

  @Post('notes')
  @IdempotentCreate(ThingView)
  note(@IdempotencyKey() key: string | undefined): Promise<IdempotentOutcome<ThingView>> {
    return Promise.resolve(outcome(THING, key));
  }

  @Post('refused')
  @IdempotentCreate(ThingView, { location: 'things/:id', etag: true })
  refuse(@Body() _body: unknown): Promise<IdempotentOutcome<ThingView>> {
    return Promise.reject(new BadRequestException('no'));
  }
}

// Compile-time check: a create route hands the hook the outcome, not the bare view.
export class MisusedController {
  // @ts-expect-error the handler must return Promise<IdempotentOutcome<…>>
  @IdempotentCreate(ThingView)
  create(): Promise<ThingView> {
    return Promise.resolve(THING);
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

describe('@IdempotentCreate()', () => {
  let app: NestFastifyApplication;
  const post = async (url: string, key?: string) =>
    app.inject({ method: 'POST', url, headers: key ? { 'idempotency-key': key } : {}, payload: {} });

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ThingsModule] }).compile();
    app = moduleRef.createNestApplication(new FastifyAdapter(), { logger: false });
    registerIdempotentCreates(app.getHttpAdapter().getInstance() as never);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  it('answers 201 with the created resource, its Location and its version as ETag', async () => {
    const response = await post('/things', 'first');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual(THING);
    expect(response.headers.location).toBe(`/api/v1/things/${THING.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers['idempotent-replayed']).toBeUndefined();
  });

  it('says Idempotent-Replayed: true when the answer is the stored one of an earlier request', async () => {
    const response = await post('/things', 'retry');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual(THING);
    expect(response.headers['idempotent-replayed']).toBe('true');
    expect(response.headers.location).toBe(`/api/v1/things/${THING.id}`);
  });

  it('sets only the headers a route asks for', async () => {
    const response = await post('/things/notes', 'retry');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual(THING);
    expect(response.headers['idempotent-replayed']).toBe('true');
    expect(response.headers.location).toBeUndefined();
    expect(response.headers.etag).toBeUndefined();
  });

  it('leaves an error answer as it is', async () => {
    const response = await post('/things/refused', 'retry');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual(expect.objectContaining({ message: 'no' }));
    expect(response.headers.location).toBeUndefined();
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers['idempotent-replayed']).toBeUndefined();
  });

  describe('in the OpenAPI document', () => {
    let document: OpenAPIObject;
    beforeAll(async () => {
      document = await createOpenApiDocument(ThingsModule, { title: 'things' });
    });

    it('documents the 201, the headers it sends and the Idempotency-Key it reads', () => {
      const operation = document.paths['/api/v1/things'].post!;
      const created = operation.responses['201'] as { description: string; headers: object };
      expect(created.description).toBe('the thing');
      expect(Object.keys(created.headers).sort()).toEqual(['ETag', 'Idempotent-Replayed', 'Location']);
      expect(operation.parameters).toEqual([
        expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }),
      ]);
    });

    it('documents only the headers a route asks for', () => {
      const created = document.paths['/api/v1/things/notes'].post!.responses['201'] as { headers: object };
      expect(Object.keys(created.headers)).toEqual(['Idempotent-Replayed']);
    });
  });
});
