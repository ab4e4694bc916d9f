import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PlatformRoles, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { FrameworkImportView } from './framework-import.view';
import { ImportFrameworkCommand } from './import-framework.command';

@ApiTags('frameworks')
@Controller('frameworks')
export class ImportFrameworkController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Creates or updates a framework from an OSCAL 1.x catalog in JSON (withdrawn items skipped).
   * NIST's own CSF 2.0 catalog adds the official statements and examples to `nist-csf-2.0`.
   */
  @Post('import')
  @HttpCode(200)
  @Policy(PlatformRoles('platform-admin'))
  @ApiOperation({ summary: 'Import an OSCAL catalog as a framework' })
  @ApiBearerAuth()
  @ApiBody({
    description: 'an OSCAL 1.x catalog: `{ "catalog": { "uuid", "metadata", "groups": [...] } }`',
    schema: { type: 'object' },
  })
  @ApiOkView(FrameworkImportView)
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  import(@Body() document: unknown): Promise<FrameworkImportView> {
    return this.commands.execute(new ImportFrameworkCommand(document));
  }
}
