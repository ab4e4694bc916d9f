import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  VersionEtag,
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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(AnnouncementView, { etag: true, idempotent: true, description: 'published (or scheduled)' })
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  @HttpCode(201)
  @VersionEtag()
  async publish(
    @Body() body: PublishAnnouncementDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<AnnouncementView> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /announcements'), body);
    const outcome: IdempotentOutcome<AnnouncementView> = await this.commands.execute(
      new PublishAnnouncementCommand(body, principal, idempotency),
    );
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
