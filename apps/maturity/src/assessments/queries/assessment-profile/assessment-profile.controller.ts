import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, attachment, uuidParam } from '@csg/http';
import { AssessmentProfileQuery } from './assessment-profile.query';
import { ProfileDocumentQuery } from './profile-document.query';
import { AssessmentProfileView } from './assessment-profile.view';

@ApiTags('assessments')
@Controller('assessments')
export class AssessmentProfileController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Per function and category: current, target and gap (means over answered and applicable), and
   * the gaps in priority order; with `Accept: application/pdf`, the profile document (profile.pdf).
   */
  @Get(':id/profile')
  @Policy(SignedIn())
  @ApiOperation({ summary: "An assessment's profile and gaps" })
  @ApiBearerAuth()
  @ApiProduces('application/json', 'application/pdf')
  @ApiOkView(AssessmentProfileView, { alsoAs: ['application/pdf'] })
  @ApiProblems(400, 401, 404, 429)
  async profile(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<AssessmentProfileView | Buffer> {
    if (!accept?.includes('application/pdf'))
      return this.queries.execute(new AssessmentProfileQuery(id, principal));
    const document = await this.queries.execute(new ProfileDocumentQuery(id, 'pdf', principal));
    reply.header('content-type', document.contentType);
    reply.header('content-disposition', attachment(document.fileName));
    return document.body;
  }
}
