import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiSchema, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, ValidateBy } from 'class-validator';
import { RATE_LIMITED_ROUTE } from '@csg/http/edge/rate-limits';
import { ApiCreatedView, ApiOkView, ApiProblems, ApiPublic } from '@csg/http/openapi/api-responses.decorator';
import type { Authentication } from '../auth.factory';
import { CLAIM_LIMITS, isClaimEmail, isClaimText } from '../claims.validation';
import { PLATFORM_ROLES, type PlatformRole } from '../principal';
import { AUTHENTICATION } from './auth.tokens';
import { PublicRoute } from './route-policy';

/** A claim the dev issuer signs obeys the rules the verifier checks (claims.validation.ts). */
const ClaimText = (limits: { min: number; max: number }) =>
  ValidateBy(
    { name: 'claimText', validator: { validate: (value) => isClaimText(value, limits.min, limits.max) } },
    { message: `$property must be ${limits.min} to ${limits.max} characters, without control characters` },
  );
const ClaimEmail = () =>
  ValidateBy(
    { name: 'claimEmail', validator: { validate: (value) => isClaimEmail(value) } },
    { message: '$property must be an e-mail address' },
  );

@ApiSchema({ name: 'DevTokenRequest' })
export class MintDevTokenDto {
  @ApiProperty({ example: 'organiser-1', minLength: 1, maxLength: CLAIM_LIMITS.sub.max })
  @ClaimText(CLAIM_LIMITS.sub)
  sub: string;

  @ApiPropertyOptional({ example: 'Director of Capacity Building', maxLength: CLAIM_LIMITS.name.max })
  @IsOptional()
  @ClaimText(CLAIM_LIMITS.name)
  name?: string;

  @ApiPropertyOptional({ example: 'capacity@cert.gov.pk', maxLength: CLAIM_LIMITS.email.max })
  @IsOptional()
  @ClaimEmail()
  email?: string;

  @ApiPropertyOptional({ enum: PLATFORM_ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsIn(PLATFORM_ROLES, { each: true })
  roles?: PlatformRole[];
}

@ApiSchema({ name: 'DevToken' })
export class DevTokenView {
  @ApiProperty({ description: 'a signed JWT; send it as `Authorization: Bearer …`' })
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ type: 'integer', description: 'seconds', example: 3600 })
  expiresIn: number;
}

@ApiSchema({ name: 'JsonWebKeySet' })
export class JwksView {
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'public keys (RFC 7517)',
  })
  keys: Array<Record<string, unknown>>;
}

/** The development issuer's routes: on only with AUTH_MODE=dev, never in production. */
@ApiTags('dev')
@Controller('dev')
export class DevTokensController {
  constructor(@Inject(AUTHENTICATION) private readonly authentication: Authentication) {}

  /**
   * Rate-limited per client address and per `sub` (see the README's `RATE_LIMIT_*`). Public, but a
   * request that carries a bad credential is still refused (401), as on every route.
   */
  @Post('tokens')
  @ApiOperation({ summary: 'Mint a development token (AUTH_MODE=dev only)' })
  @HttpCode(201)
  @PublicRoute()
  @RouteConfig({ [RATE_LIMITED_ROUTE]: 'token-issuance' })
  @ApiPublic()
  @ApiCreatedView(DevTokenView, { description: 'a token for the claims asked for' })
  @ApiProblems(400, 401, 413, 415, 429)
  async mint(@Body() body: MintDevTokenDto): Promise<DevTokenView> {
    const accessToken = await this.authentication.devIssuer!.mint(body);
    return { accessToken, tokenType: 'Bearer', expiresIn: 3600 };
  }

  @Get('jwks.json')
  @ApiOperation({ summary: "The development issuer's public keys" })
  @PublicRoute()
  @ApiPublic()
  @ApiOkView(JwksView, { description: "the development issuer's public keys" })
  @ApiProblems(401, 429)
  jwks(): unknown {
    return this.authentication.devIssuer!.jwks();
  }
}
