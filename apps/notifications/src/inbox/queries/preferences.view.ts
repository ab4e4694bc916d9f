import { ApiProperty } from '@nestjs/swagger';
import {
  CHANNELS,
  DELIVERIES,
  NOTIFICATION_CATEGORIES,
  type CategoryPreference,
} from '../domain/delivery-preference.rule';

export class CategoryPreferenceView {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES }) category: string;
  @ApiProperty({ enum: CHANNELS, isArray: true }) channels: string[];
  @ApiProperty({ enum: DELIVERIES }) delivery: string;
}

/** A person's delivery choices, one entry per category (defaults where they chose nothing). */
export class PreferencesView {
  @ApiProperty({ type: [CategoryPreferenceView] }) categories: CategoryPreferenceView[];
  @ApiProperty({ description: 'URGENT announcements always reach the inbox and e-mail, whatever is chosen' })
  urgentAlwaysDelivered: boolean;
}

export function toPreferencesView(preferences: CategoryPreference[]): PreferencesView {
  return {
    categories: preferences.map((p) => ({
      category: p.category,
      channels: [...p.channels],
      delivery: p.delivery,
    })),
    urgentAlwaysDelivered: true,
  };
}
