import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { blocksToPdf, renderPdf } from '@csg/documents';
import { Clock } from '@csg/domain';
import { InjectServiceDataSource } from '@csg/persistence';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { DOCUMENT_ERRORS } from '../../domain/document.errors';
import { programmeBlocks } from '../../infrastructure/programme-blocks';
import { PDF_TYPE, type RenderedDocument } from '../rendered-document';
import { gatherProgrammeFacts } from './gather-programme-facts';
import { ProgrammeReportQuery } from './programme-report.query';

const DAY_MS = 86_400_000;

/** The programme's picture for its organisers: sessions, participation, movement, impact, the exchange, who is behind. */
@QueryHandler(ProgrammeReportQuery)
export class ProgrammeReportHandler implements IQueryHandler<ProgrammeReportQuery, RenderedDocument> {
  constructor(
    @InjectServiceDataSource('maturity') private readonly dataSource: DataSource,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({
    from,
    to,
    campaignId,
    baselineCampaignId,
    principal,
  }: ProgrammeReportQuery): Promise<RenderedDocument> {
    const start = new Date(`${from}T00:00:00Z`);
    const end = new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS);
    if (!(start < end))
      throw new MaturityRuleViolation(
        DOCUMENT_ERRORS.periodInvalid,
        'The period must end on or after the day it starts.',
      );
    const facts = await gatherProgrammeFacts(this.dataSource.manager, this.queries, {
      from: start,
      to: end,
      campaignId,
      baselineCampaignId,
      principal,
      now: this.clock.now(),
    });
    const title = `Programme report ${facts.period.from} to ${facts.period.to}`;
    const body = await renderPdf({
      title,
      marking: facts.marking,
      createdAt: facts.generatedAt,
      content: blocksToPdf(programmeBlocks(facts)),
    });
    return { body, contentType: PDF_TYPE, fileName: `programme-${from}-${to}.pdf` };
  }
}
