// First import (ADR 74): tracing must start before pg and Fastify are loaded.
import '@csg/observability/tracing/register';
import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { NOTIFICATIONS_SERVICE } from './notifications.service';

void runDistributedService(NOTIFICATIONS_SERVICE);
