import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  uuidParam,
} from '@csg/http';
import { type Reply } from '../../../access/caller.util';
import { CommentView } from '../../queries/discussion.view';
import { PostCommentCommand } from './post-comment.command';
import { PostCommentDto } from './post-comment.dto';

@ApiTags('discussion')
@Controller('practices')
export class PostCommentController {
  constructor(private readonly commands: CommandBus) {}

  /** Anyone signed in who may read the practice comments on it (one level of replies). */
  @Post(':id/comments')
  @ApiOperation({ summary: 'Comment on a practice, or reply to a comment' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(CommentView, { idempotent: true, description: 'the comment' })
  @ApiProblems(400, 401, 403, 404, 413, 415, 422, 429)
  @HttpCode(201)
  async post(
    @Param('id', uuidParam()) id: string,
    @Body() dto: PostCommentDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommentView> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /practices/${id}/comments`),
      dto,
    );
    const outcome: IdempotentOutcome<CommentView> = await this.commands.execute(
      new PostCommentCommand(id, dto.body, dto.parentId, principal, idempotency),
    );
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
