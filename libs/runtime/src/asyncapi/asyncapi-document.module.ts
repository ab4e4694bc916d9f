import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { serveAsyncApiDocument } from './asyncapi-routes';
import { platformAsyncApiDocument } from './platform-asyncapi';

/**
 * Serves the AsyncAPI document at /api/asyncapi.yaml and /api/asyncapi.json in every process
 * (each service and the embedded default): part of ProcessRootModule, built at the first request.
 */
@Module({})
export class AsyncApiDocumentModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance() as FastifyInstance | undefined;
    if (fastify) serveAsyncApiDocument(fastify, () => platformAsyncApiDocument());
  }
}
