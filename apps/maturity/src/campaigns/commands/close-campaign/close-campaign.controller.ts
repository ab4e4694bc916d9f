import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems, VersionEtag, uuidParam } from '@csg/http';
import { CampaignView } from '../../queries/campaign.view';
import { CloseCampaignCommand } from './close-campaign.command';

@ApiTags('campaigns')
@Controller('campaigns')
export class CloseCampaignController {
  constructor(private readonly commands: CommandBus) {}

  /** Closes the campaign: its assessments are frozen (no more answers or submissions). */
  @Post(':id/close')
  @HttpCode(200)
  @Policy(Operators())
  @ApiOperation({ summary: 'Close a campaign and freeze its assessments' })
  @ApiBearerAuth()
  @ApiOkView(CampaignView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  @VersionEtag()
  close(@Param('id', uuidParam()) id: string): Promise<CampaignView> {
    return this.commands.execute(new CloseCampaignCommand(id));
  }
}
