import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiCreatedView, ApiProblems, uuidParam } from '@csg/http';
import { FeedbackView } from '../../queries/feedback.view';
import { SubmitFeedbackCommand } from './submit-feedback.command';
import { SubmitFeedbackDto } from './submit-feedback.dto';

@ApiTags('feedback')
@Controller('sessions')
export class SubmitFeedbackController {
  constructor(private readonly commands: CommandBus) {}

  /** An attendee rates a completed session 1–5, once, with an optional comment. */
  @Post(':id/feedback')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Rate a completed session' })
  @ApiBearerAuth()
  @ApiCreatedView(FeedbackView, { description: 'your feedback' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  @HttpCode(201)
  submit(
    @Param('id', uuidParam()) id: string,
    @Body() body: SubmitFeedbackDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackView> {
    return this.commands.execute(new SubmitFeedbackCommand(id, body.rating, body.comment, principal));
  }
}
