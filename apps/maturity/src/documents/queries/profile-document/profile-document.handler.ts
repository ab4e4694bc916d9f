import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { blocksToDocx, blocksToPdf, renderDocx, renderPdf } from '@csg/documents';
import { Clock } from '@csg/domain';
import { InjectServiceDataSource } from '@csg/persistence';
import { ProfileDocumentQuery } from '../../../assessments/queries/assessment-profile/profile-document.query';
import { profileBlocks } from '../../infrastructure/profile-blocks';
import { profileRadar } from '../../infrastructure/profile-charts';
import { DOCX_TYPE, PDF_TYPE, SVG_TYPE, type RenderedDocument } from '../rendered-document';
import { gatherProfileFacts } from './gather-profile-facts';

/** The agency's maturity profile as PDF, as an editable .docx with the same content, or its radar as SVG. */
@QueryHandler(ProfileDocumentQuery)
export class ProfileDocumentHandler implements IQueryHandler<ProfileDocumentQuery, RenderedDocument> {
  constructor(
    @InjectServiceDataSource('maturity') private readonly dataSource: DataSource,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({
    assessmentId,
    format,
    principal,
    againstId,
  }: ProfileDocumentQuery): Promise<RenderedDocument> {
    const facts = await gatherProfileFacts(this.dataSource.manager, this.queries, {
      assessmentId,
      againstId,
      principal,
      now: this.clock.now(),
    });
    const fileName = `profile-${assessmentId}.${format}`;
    if (format === 'svg') {
      return {
        body: profileRadar(facts.profile, facts.assessment.agencyName).svg,
        contentType: SVG_TYPE,
        fileName,
      };
    }
    const title = `Maturity profile: ${facts.assessment.agencyName}`;
    const blocks = profileBlocks(facts);
    const document = { title, marking: facts.marking, createdAt: facts.generatedAt };
    return format === 'pdf'
      ? {
          body: await renderPdf({ ...document, content: blocksToPdf(blocks) }),
          contentType: PDF_TYPE,
          fileName,
        }
      : {
          body: await renderDocx({ ...document, children: blocksToDocx(blocks) }),
          contentType: DOCX_TYPE,
          fileName,
        };
  }
}
