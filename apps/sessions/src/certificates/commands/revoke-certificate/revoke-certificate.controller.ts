import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiNoContent, ApiProblems, uuidParam } from '@csg/http';
import { RevokeCertificateCommand } from './revoke-certificate.command';
import { RevokeCertificateDto } from './revoke-certificate.dto';

@ApiTags('certificates')
@Controller('sessions')
export class RevokeCertificateController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Withdraws a participant's certificate of attendance, with the reason (kept for the organisers):
   * its public verification answers REVOKED and its PDF is no longer served. Nothing else withdraws
   * attendance once a session is completed (ADR 80).
   */
  @Post(':id/registrations/:registrationId/certificate/revoke')
  @Policy(Operators())
  @ApiOperation({ summary: 'Revoke a certificate of attendance' })
  @ApiBearerAuth()
  @ApiNoContent('the certificate is revoked')
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 429)
  @HttpCode(204)
  async revoke(
    @Param('id', uuidParam()) id: string,
    @Param('registrationId', uuidParam()) registrationId: string,
    @Body() body: RevokeCertificateDto,
  ): Promise<void> {
    await this.commands.execute(new RevokeCertificateCommand(id, registrationId, body.reason));
  }
}
