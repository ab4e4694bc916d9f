import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { MATURITY_SERVICE } from './maturity.service';

void runDistributedService(MATURITY_SERVICE);
