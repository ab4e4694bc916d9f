import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { AttendanceView } from '../../queries/attendance.view';
import { RecordAttendanceCommand } from './record-attendance.command';
import { RecordAttendanceDto } from './record-attendance.dto';

@ApiTags('registrations')
@Controller('sessions')
export class RecordAttendanceController {
  constructor(private readonly commands: CommandBus) {}

  /** Records confirmed participants as attending, in bulk; recording someone twice changes nothing. */
  @Post(':id/attendance')
  @Policy(Operators())
  @ApiOperation({ summary: 'Record attendance in bulk' })
  @ApiBearerAuth()
  @ApiOkView(AttendanceView, { description: 'what was recorded' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  @HttpCode(200)
  record(@Param('id', uuidParam()) id: string, @Body() body: RecordAttendanceDto): Promise<AttendanceView> {
    return this.commands.execute(new RecordAttendanceCommand(id, body.registrationIds));
  }
}
