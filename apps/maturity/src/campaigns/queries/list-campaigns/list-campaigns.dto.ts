import { EnumField, PageQueryDto } from '@csg/http';

export class ListCampaignsDto extends PageQueryDto {
  @EnumField(['OPEN', 'CLOSED'], { optional: true })
  status?: 'OPEN' | 'CLOSED';
}
