import type { AGENDA_ITEM_KINDS } from '@csg/contracts';

/** One of the kinds the published vocabulary (libs/contracts) lists. */
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export interface Speaker {
  name: string;
  title: string | null;
  organisation: string | null;
}

/** What a caller gives for an agenda item. */
export interface AgendaItemDetails {
  kind: AgendaItemKind;
  title: string;
  abstract?: string | null;
  startsAt: Date;
  endsAt: Date;
  track?: string | null;
  speakers: Array<{ name: string; title?: string | null; organisation?: string | null }>;
  frameworkRefs?: string[];
}

/** One item of a session's agenda (part of the Session aggregate). */
export interface AgendaItem {
  id: string;
  kind: AgendaItemKind;
  title: string;
  abstract: string | null;
  startsAt: Date;
  endsAt: Date;
  /** null is the session's main track. */
  track: string | null;
  speakers: Speaker[];
  /** NIST CSF 2.0 categories or subcategories the item covers (e.g. `GV.RM`, `ID.RA-01`). */
  frameworkRefs: string[];
}

const blankToNull = (value: string | null | undefined) => value?.trim() || null;

export function agendaItemFrom(id: string, details: AgendaItemDetails): AgendaItem {
  return {
    id,
    kind: details.kind,
    title: details.title.trim(),
    abstract: blankToNull(details.abstract),
    startsAt: details.startsAt,
    endsAt: details.endsAt,
    track: blankToNull(details.track),
    speakers: details.speakers.map((s) => ({
      name: s.name.trim(),
      title: blankToNull(s.title),
      organisation: blankToNull(s.organisation),
    })),
    frameworkRefs: [...new Set(details.frameworkRefs ?? [])],
  };
}
