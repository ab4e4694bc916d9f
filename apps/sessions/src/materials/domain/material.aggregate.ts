import type { TlpMarking } from '@csg/auth/tlp';
import { AggregateRoot } from '@csg/domain';
import { SessionRuleViolation } from '../../sessions/domain/session.errors';

export interface MaterialState {
  id: string;
  sessionId: string;
  title: string;
  url: string;
  agendaItemId: string | null;
  tlp: TlpMarking;
  /** The originating agency (e.g. a speaker's), or null for the CERT's own material. */
  ownerAgencyId: string | null;
  publishedBy: string;
  publishedAt: Date;
}

/**
 * A slide deck, handout or recording of a session, under a TLP marking. Who reads it: CLEAR
 * anyone; GREEN members of active agencies; AMBER the originating agency and the agencies with a
 * confirmed place in the session; AMBER+STRICT the originating agency; RED the session's
 * confirmed participants (the people in the room); organisers read everything below RED.
 */
export class Material extends AggregateRoot<MaterialPublished> {
  private constructor(private readonly state: MaterialState) {
    super();
  }

  static publish(
    details: Omit<MaterialState, 'publishedAt' | 'title' | 'agendaItemId'> & {
      title: string;
      agendaItemId?: string | null;
    },
    session: { status: string; hasAgendaItem(id: string): boolean },
    participatingAgencyIds: readonly string[],
    now: Date,
  ): Material {
    if (session.status === 'CANCELLED') {
      throw new SessionRuleViolation('MATERIAL.SESSION_CANCELLED', 'A cancelled session takes no materials.');
    }
    const agendaItemId = details.agendaItemId ?? null;
    if (agendaItemId !== null && !session.hasAgendaItem(agendaItemId)) {
      throw new SessionRuleViolation(
        'MATERIAL.AGENDA_ITEM_NOT_FOUND',
        'No such agenda item in this session.',
      );
    }
    const material = new Material({
      ...details,
      title: details.title.trim(),
      agendaItemId,
      publishedAt: now,
    });
    const shared = details.tlp === 'TLP:AMBER' ? [...participatingAgencyIds] : [];
    material.record(new MaterialPublished(material.snapshot(), shared));
    return material;
  }

  snapshot(): Readonly<MaterialState> {
    return { ...this.state };
  }
}

/** Published; a TLP:AMBER material is shared with the agencies that held a confirmed place then. */
export class MaterialPublished {
  constructor(
    readonly material: Readonly<MaterialState>,
    readonly sharedWithAgencyIds: string[],
  ) {}
}
