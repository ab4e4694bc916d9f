import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { MarkAllNotificationsReadCommand } from './mark-all-notifications-read.command';

export class MarkedReadView {
  @ApiProperty({ description: 'notifications that were unread and now are read' }) marked: number;
  @ApiProperty({ description: 'unread notifications left (0)' }) unreadCount: number;
}

@ApiTags('inbox')
@Controller('me/notifications')
export class MarkAllNotificationsReadController {
  constructor(private readonly commands: CommandBus) {}

  /** Marks every notification in the caller's inbox read. */
  @Post('read-all')
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(MarkedReadView)
  @ApiProblems(401, 403, 429)
  @HttpCode(200)
  async markAll(@CurrentPrincipal() person: PersonPrincipal): Promise<MarkedReadView> {
    const marked: number = await this.commands.execute(new MarkAllNotificationsReadCommand(person));
    return { marked, unreadCount: 0 };
  }
}
