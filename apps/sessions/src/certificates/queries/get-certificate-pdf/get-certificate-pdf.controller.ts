import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiProblems, attachment, uuidParam } from '@csg/http';
import type { CertificatePdf } from './get-certificate-pdf.handler';
import { GetCertificatePdfQuery } from './get-certificate-pdf.query';

@ApiTags('certificates')
@Controller('sessions')
export class GetCertificatePdfController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * A participant's certificate of attendance of a completed session, with its verification code
   * and a QR code of its public verification link (TLP:GREEN). The participant, their agency's
   * people and organisers read it, as they read the registration.
   */
  @Get(':id/registrations/:registrationId/certificate.pdf')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'A certificate of attendance as PDF' })
  @ApiBearerAuth()
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'one A4 page, marked TLP:GREEN',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 401, 404, 409, 429)
  async pdf(
    @Param('id', uuidParam()) id: string,
    @Param('registrationId', uuidParam()) registrationId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<Buffer> {
    const { fileName, pdf }: CertificatePdf = await this.queries.execute(
      new GetCertificatePdfQuery(id, registrationId, principal),
    );
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', attachment(fileName));
    return pdf;
  }
}
