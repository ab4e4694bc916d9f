import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { RegistrationOrmEntity } from '../../registrations/infrastructure/registration.orm-entity';
import { SessionOrmEntity } from '../../sessions/infrastructure/session.orm-entity';

/** The `certificates` table (ADR 13): one certificate of attendance per registration. */
@Entity({ name: 'certificates' })
@Check('certificates_check', `(revoked_at IS NULL) = (revocation_reason IS NULL)`)
@Index('certificates_one_per_registration', { synchronize: false })
@Index('certificates_by_digest', { synchronize: false })
@Index('certificates_by_session', { synchronize: false })
export class CertificateOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid')
  @ForeignKey(() => SessionOrmEntity, { name: 'certificates_session_id_fkey' })
  sessionId: string;
  @Column('uuid')
  @ForeignKey(() => RegistrationOrmEntity, { name: 'certificates_registration_id_fkey' })
  registrationId: string;
  @Column('uuid') agencyId: string;
  @Column('text', { nullable: true }) participantSub: string | null;
  @Column('text') participantName: string;
  @Column('text') agencyName: string;
  @Column('text') verificationCode: string;
  @Column('bytea') verificationDigest: Buffer;
  @Column('timestamptz') issuedAt: Date;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
  @Column('text', { nullable: true }) revocationReason: string | null;
}
