import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'AttendanceRecording' })
export class AttendanceView {
  @ApiProperty({ type: 'integer', description: 'participants recorded as attending by this request' })
  recorded: number;

  @ApiProperty({ type: 'integer', description: 'participants of the request already recorded before' })
  alreadyRecorded: number;

  @ApiProperty({ type: 'integer', description: 'everyone recorded as attending the session so far' })
  attendedCount: number;
}
