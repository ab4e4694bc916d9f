import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { SESSIONS_SERVICE } from './sessions.service';

void runDistributedService(SESSIONS_SERVICE);
