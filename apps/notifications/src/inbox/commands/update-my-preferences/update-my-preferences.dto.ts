import { EnumField, EnumsField, NestedListField } from '@csg/http';
import { CHANNELS, DELIVERIES, NOTIFICATION_CATEGORIES } from '../../domain/delivery-preference.rule';

export class CategoryPreferenceDto {
  @EnumField(NOTIFICATION_CATEGORIES)
  category: (typeof NOTIFICATION_CATEGORIES)[number];

  @EnumsField(CHANNELS, { maxItems: 2 })
  channels: Array<(typeof CHANNELS)[number]>;

  @EnumField(DELIVERIES)
  delivery: (typeof DELIVERIES)[number];
}

/** `PUT /me/preferences`: the categories to change (the others keep their choice). */
export class UpdateMyPreferencesDto {
  @NestedListField(CategoryPreferenceDto, { minItems: 1, maxItems: 4 })
  categories: CategoryPreferenceDto[];
}
