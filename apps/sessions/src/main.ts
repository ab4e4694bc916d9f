// First import (ADR 74): tracing must start before pg and Fastify are loaded.
import '@csg/observability/tracing/register';
import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { SESSIONS_SERVICE } from './sessions.service';

void runDistributedService(SESSIONS_SERVICE);
