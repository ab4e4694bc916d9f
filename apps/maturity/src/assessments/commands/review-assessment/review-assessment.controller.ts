import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, VersionEtag, uuidParam } from '@csg/http';
import { AssessmentView } from '../../queries/assessment.view';
import { ReviewAssessmentCommand } from './review-assessment.command';
import { ReviewAssessmentDto } from './review-assessment.dto';

@ApiTags('assessments')
@Controller('assessments')
export class ReviewAssessmentController {
  constructor(private readonly commands: CommandBus) {}

  /** Organisers review a submitted assessment, with an optional comment. */
  @Post(':id/review')
  @HttpCode(200)
  @Policy(Operators())
  @ApiOperation({ summary: 'Review a submitted assessment' })
  @ApiBearerAuth()
  @ApiOkView(AssessmentView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 429)
  @VersionEtag()
  review(
    @Param('id', uuidParam()) id: string,
    @Body() body: ReviewAssessmentDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssessmentView> {
    return this.commands.execute(new ReviewAssessmentCommand(id, body.comment, principal));
  }
}
