import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

/** `?token=` of an unsubscribe link (ADR 0054): two base64url parts. */
export class UnsubscribeLinkDto {
  @ApiProperty({ description: 'the signed token of the link the e-mail carried', maxLength: 512 })
  @IsString()
  @MaxLength(512)
  @Matches(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
  token: string;
}
