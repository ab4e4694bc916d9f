import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  uuidParam,
  IdempotencyKey,
  IdempotentCreate,
} from '@csg/http';
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
  @IdempotentCreate(CommentView, { description: 'the comment' })
  @ApiProblems(400, 401, 403, 404, 413, 415, 422, 429)
  post(
    @Param('id', uuidParam()) id: string,
    @Body() dto: PostCommentDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<CommentView>> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /practices/${id}/comments`),
      dto,
    );
    return this.commands.execute(new PostCommentCommand(id, dto.body, dto.parentId, principal, idempotency));
  }
}
