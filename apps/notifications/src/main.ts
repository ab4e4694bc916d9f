import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { NOTIFICATIONS_SERVICE } from './notifications.service';

void runDistributedService(NOTIFICATIONS_SERVICE);
