import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
} from '../../../inbox/domain/delivery-preference.rule';

/** What an unsubscribe link turned off (or, before it is used, would turn off). */
export class UnsubscribedView {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES, isArray: true }) categories: NotificationCategory[];
  @ApiProperty({ enum: ['OFF'], description: 'the delivery these categories now have' }) delivery: 'OFF';
}
