import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TLP_MARKINGS } from '@csg/contracts';
import type { MaterialState } from '../domain/material.aggregate';

@ApiSchema({ name: 'Material' })
export class MaterialView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  sessionId: string;

  @ApiProperty({ example: 'Strategic roadmap workshop: slides' })
  title: string;

  @ApiProperty({ example: 'https://files.example.gov/session-8/roadmap.pdf' })
  url: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ApiProperty({ enum: TLP_MARKINGS, enumName: 'TlpMarking' })
  tlp: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'the originating agency; null for the CERT',
  })
  ownerAgencyId: string | null;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;
}

export function toMaterialView(m: Readonly<Omit<MaterialState, 'tlp'> & { tlp: string }>): MaterialView {
  return {
    id: m.id,
    sessionId: m.sessionId,
    title: m.title,
    url: m.url,
    agendaItemId: m.agendaItemId,
    tlp: m.tlp,
    ownerAgencyId: m.ownerAgencyId,
    publishedAt: new Date(m.publishedAt).toISOString(),
  };
}
