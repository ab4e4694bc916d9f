import { Body, Controller, Headers, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { CommentView } from '../../queries/discussion.view';
import { EditCommentCommand } from './edit-comment.command';
import { EditCommentDto } from './edit-comment.dto';

@ApiTags('discussion')
@Controller('practices')
export class EditCommentController {
  constructor(private readonly commands: CommandBus) {}

  /** Its author edits a comment within 15 minutes of posting it. */
  @Patch(':id/comments/:commentId')
  @ApiOperation({ summary: 'Edit a comment (its author, within 15 minutes)' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(CommentView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 429)
  @VersionEtag()
  edit(
    @Param('id', uuidParam()) id: string,
    @Param('commentId', uuidParam()) commentId: string,
    @Body() dto: EditCommentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommentView> {
    return this.commands.execute(
      new EditCommentCommand(id, commentId, dto.body, parseIfMatch(ifMatch), principal),
    );
  }
}
