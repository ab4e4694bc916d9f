// First import (ADR 74): tracing must start before pg and Fastify are loaded.
import '@csg/observability/tracing/register';
import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { AGENCIES_SERVICE } from './agencies.service';

void runDistributedService(AGENCIES_SERVICE);
