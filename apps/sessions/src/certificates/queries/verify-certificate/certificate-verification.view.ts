import { ApiProperty, ApiSchema } from '@nestjs/swagger';

export const CERTIFICATE_STATUSES = ['VALID', 'REVOKED'] as const;

/**
 * What anyone holding a certificate's code learns: whether it is valid and, only when it is, whom
 * and which session it certifies and on what date. Nothing else (no agency, no e-mail, no ids).
 */
@ApiSchema({ name: 'CertificateVerification' })
export class CertificateVerificationView {
  @ApiProperty({ enum: CERTIFICATE_STATUSES, enumName: 'CertificateStatus' })
  status: (typeof CERTIFICATE_STATUSES)[number];

  @ApiProperty({ description: 'true while the certificate attests attendance; false once revoked' })
  valid: boolean;

  @ApiProperty({ type: String, nullable: true, example: 'Ayesha Khan', description: 'null when revoked' })
  name: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 8, description: 'null when revoked' })
  sessionSequence: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Identifying and managing cyber risk',
    description: 'null when revoked',
  })
  sessionTitle: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    example: '2026-12-10',
    description: "the session's date in its own time zone; null when revoked",
  })
  sessionDate: string | null;
}
