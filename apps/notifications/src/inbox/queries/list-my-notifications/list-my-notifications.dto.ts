import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@csg/http';

/** `GET /me/notifications?unread=&limit=&cursor=` */
export class ListMyNotificationsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: unread only; false: read only' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}
