import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { CHANNELS, DELIVERIES, NOTIFICATION_CATEGORIES } from '../../domain/delivery-preference.rule';

export class CategoryPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES })
  @IsIn(NOTIFICATION_CATEGORIES)
  category: (typeof NOTIFICATION_CATEGORIES)[number];

  @ApiProperty({ enum: CHANNELS, isArray: true })
  @IsArray()
  @ArrayMaxSize(2)
  @IsIn(CHANNELS, { each: true })
  channels: Array<(typeof CHANNELS)[number]>;

  @ApiProperty({ enum: DELIVERIES })
  @IsIn(DELIVERIES)
  delivery: (typeof DELIVERIES)[number];
}

/** `PUT /me/preferences`: the categories to change (the others keep their choice). */
export class UpdateMyPreferencesDto {
  @ApiProperty({ type: [CategoryPreferenceDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => CategoryPreferenceDto)
  categories: CategoryPreferenceDto[];
}
