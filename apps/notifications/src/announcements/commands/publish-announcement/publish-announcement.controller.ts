import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  IdempotencyKey,
  IdempotentCreate,
} from '@csg/http';
import { AnnouncementView } from '../../queries/announcement.view';
import { PublishAnnouncementCommand } from './publish-announcement.command';
import { PublishAnnouncementDto } from './publish-announcement.dto';

@ApiTags('announcements')
@Controller('announcements')
export class PublishAnnouncementController {
  constructor(private readonly commands: CommandBus) {}

  /** Organisers announce to an audience, now or at `publishAt`; the marking narrows who receives it. */
  @Post()
  @ApiOperation({ summary: 'Announce to an audience, now or at publishAt (operators)' })
  @Policy(Operators())
  @ApiBearerAuth()
  @IdempotentCreate(AnnouncementView, { etag: true, description: 'published (or scheduled)' })
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  publish(
    @Body() body: PublishAnnouncementDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<AnnouncementView>> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /announcements'), body);
    return this.commands.execute(new PublishAnnouncementCommand(body, principal, idempotency));
  }
}
