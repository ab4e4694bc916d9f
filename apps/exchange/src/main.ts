import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { EXCHANGE_SERVICE } from './exchange.service';

void runDistributedService(EXCHANGE_SERVICE);
