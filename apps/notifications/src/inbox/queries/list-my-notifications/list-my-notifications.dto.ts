import { EnumField, PageQueryDto } from '@csg/http';

/** `GET /me/notifications?unread=&limit=&cursor=` */
export class ListMyNotificationsDto extends PageQueryDto {
  @EnumField(['true', 'false'], { optional: true, description: 'true: unread only; false: read only' })
  unread?: 'true' | 'false';
}
