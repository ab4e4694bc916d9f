import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PublicRoute } from '@csg/auth';
import { ApiOkView, ApiProblems, ApiPublic, RATE_LIMITED_ROUTE } from '@csg/http';
import { noCertificateHasThisCode } from '../../domain/certificate.aggregate';
import { CertificateVerificationView } from './certificate-verification.view';
import { prefersHtml, VERIFICATION_PAGE_CSP, verificationPage } from './verification-page';
import { VerifyCertificateQuery } from './verify-certificate.query';

interface Reply {
  getHeader(name: string): unknown;
  header(name: string, value: string): unknown;
  status(code: number): unknown;
}

@ApiTags('certificates')
@Controller('certificates')
export class VerifyCertificateController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The link in a certificate's QR code: anyone, without a token, learns whether it is valid and
   * whom and what it certifies. A browser gets a small page (no script, a strict policy), an API
   * client JSON. Limited per client address (ADR 18, ADR 80).
   */
  @Get(':code')
  @PublicRoute()
  @ApiPublic()
  @RouteConfig({ [RATE_LIMITED_ROUTE]: 'public-lookup' })
  @ApiOperation({ summary: 'Verify a certificate of attendance by its code (public)' })
  @ApiParam({
    name: 'code',
    description: 'the code printed on the certificate (dashes and case do not matter)',
  })
  @ApiProduces('application/json', 'text/html')
  @ApiOkView(CertificateVerificationView, {
    alsoAs: ['text/html'],
    description: 'the certificate is known: VALID with what it certifies, or REVOKED',
  })
  @ApiProblems(400, 401, 404, 429)
  async verify(
    @Param('code') code: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CertificateVerificationView | string> {
    const view: CertificateVerificationView | null = await this.queries.execute(
      new VerifyCertificateQuery(code),
    );
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, Accept` : 'Accept');
    if (!prefersHtml(accept)) {
      if (view === null) throw noCertificateHasThisCode();
      return view;
    }
    reply.header('content-type', 'text/html; charset=utf-8');
    reply.header('content-security-policy', VERIFICATION_PAGE_CSP);
    if (view === null) reply.status(404);
    return verificationPage(view);
  }
}
