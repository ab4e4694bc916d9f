import { ApiProperty } from '@nestjs/swagger';
import { SafeText } from '@csg/http';

export class RevokeCertificateDto {
  @ApiProperty({ example: 'Recorded as attending by mistake: left before the first workshop.' })
  @SafeText(3, 1_000, { multiline: true })
  reason: string;
}
