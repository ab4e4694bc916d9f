// First import (ADR 74): tracing must start before pg and Fastify are loaded.
import '@csg/observability/tracing/register';
import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { MATURITY_SERVICE } from './maturity.service';

void runDistributedService(MATURITY_SERVICE);
