import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiProblems, uuidParam } from '@csg/http';
import {
  ProfileDocumentQuery,
  type ProfileDocumentFormat,
} from '../../../assessments/queries/assessment-profile/profile-document.query';
import { ApiOkDocument } from '../api-ok-document.decorator';
import { DOCX_TYPE, PDF_TYPE, sendDocument, SVG_TYPE, type RenderedDocument } from '../rendered-document';
import { ProfileDocumentDto } from './profile-document.dto';

type Reply = { header(name: string, value: string): unknown };

/**
 * The profile as documents, for whoever may read the assessment (the JSON profile's rule; 404 for
 * anyone else). Each carries its TLP marking, the highest of anything in it, on every page.
 */
@ApiTags('assessments')
@Controller('assessments')
export class ProfileDocumentController {
  constructor(private readonly queries: QueryBus) {}

  private async render(
    id: string,
    format: ProfileDocumentFormat,
    query: ProfileDocumentDto,
    principal: Principal,
  ) {
    const document: RenderedDocument = await this.queries.execute(
      new ProfileDocumentQuery(id, format, principal, query.against),
    );
    return document;
  }

  /** Cover, tiers, radar, categories, top gaps, next milestones, practices the reader may read, and `?against=` changes. */
  @Get(':id/profile.pdf')
  @Policy(SignedIn())
  @ApiOperation({ summary: "An assessment's maturity profile as PDF" })
  @ApiBearerAuth()
  @ApiOkDocument(PDF_TYPE, 'the profile, TLP-marked on every page')
  @ApiProblems(400, 401, 404, 422, 429)
  async pdf(
    @Param('id', uuidParam()) id: string,
    @Query() query: ProfileDocumentDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer | string> {
    return sendDocument(reply, await this.render(id, 'pdf', query, principal), 'attachment');
  }

  /** The same content as the PDF, for the reader's own word processor. */
  @Get(':id/profile.docx')
  @Policy(SignedIn())
  @ApiOperation({ summary: "An assessment's maturity profile as an editable .docx" })
  @ApiBearerAuth()
  @ApiOkDocument(DOCX_TYPE, 'the profile, TLP-marked in every header and footer')
  @ApiProblems(400, 401, 404, 422, 429)
  async docx(
    @Param('id', uuidParam()) id: string,
    @Query() query: ProfileDocumentDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer | string> {
    return sendDocument(reply, await this.render(id, 'docx', query, principal), 'attachment');
  }

  /** The radar of current against target tier per CSF function, as accessible SVG. */
  @Get(':id/profile.svg')
  @Policy(SignedIn())
  @ApiOperation({ summary: "An assessment's radar chart as SVG" })
  @ApiBearerAuth()
  @ApiOkDocument(SVG_TYPE, 'an accessible SVG (title, desc, text labels), 520 × 420')
  @ApiProblems(400, 401, 404, 429)
  async svg(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer | string> {
    return sendDocument(reply, await this.render(id, 'svg', {}, principal), 'inline');
  }
}
