import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { REGISTRATION_STATUSES } from '@csg/contracts';
import { PageQueryDto } from '@csg/http';

/** `GET /sessions/{id}/registrations?status=&agencyId=&limit=&cursor=` */
export class ListRegistrationsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: (typeof REGISTRATION_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}
