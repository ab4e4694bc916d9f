import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { NotificationView } from '../../queries/notification.view';
import { MarkNotificationReadCommand } from './mark-notification-read.command';

@ApiTags('inbox')
@Controller('me/notifications')
export class MarkNotificationReadController {
  constructor(private readonly commands: CommandBus) {}

  /** Marks one of the caller's notifications read (again: no change); another person's is 404. */
  @Post(':id/read')
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(NotificationView)
  @ApiProblems(400, 401, 403, 404, 429)
  @HttpCode(200)
  markRead(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() person: PersonPrincipal,
  ): Promise<NotificationView> {
    return this.commands.execute(new MarkNotificationReadCommand(person, id));
  }
}
