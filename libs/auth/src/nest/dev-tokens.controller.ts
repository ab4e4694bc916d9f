import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { Authentication } from '../auth.factory';
import { PLATFORM_ROLES, type PlatformRole } from '../principal';
import { AUTHENTICATION } from './auth.tokens';
import { PublicRoute } from './route-policy';

export class MintDevTokenDto {
  @ApiProperty({ example: 'organiser-1' })
  @IsString()
  @Length(1, 200)
  sub: string;

  @ApiPropertyOptional({ example: 'Director of Capacity Building' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: 'capacity@cert.gov.pk' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ enum: PLATFORM_ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsIn(PLATFORM_ROLES, { each: true })
  roles?: PlatformRole[];
}

/** The development issuer's routes: on only with AUTH_MODE=dev, never in production. */
@ApiTags('dev')
@Controller('dev')
export class DevTokensController {
  constructor(@Inject(AUTHENTICATION) private readonly authentication: Authentication) {}

  @Post('tokens')
  @HttpCode(201)
  @PublicRoute()
  async mint(
    @Body() body: MintDevTokenDto,
  ): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: number }> {
    const accessToken = await this.authentication.devIssuer!.mint(body);
    return { accessToken, tokenType: 'Bearer', expiresIn: 3600 };
  }

  @Get('jwks.json')
  @PublicRoute()
  jwks(): unknown {
    return this.authentication.devIssuer!.jwks();
  }
}
