import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { AGENCIES_SERVICE } from './agencies.service';

void runDistributedService(AGENCIES_SERVICE);
