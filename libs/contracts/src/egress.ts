import type { TLP_MARKINGS } from './catalogue/common.schemas';

/**
 * Who outside the platform may receive an event type (integration clients and webhooks, the
 * curated Kafka topics, e-mail), declared next to the type's definition. An event type without a
 * declaration never leaves (deny by default). libs/auth's `egressDecision` evaluates it for one
 * reader at the moment of delivery, with the same read rules the API uses.
 *
 * - `nobody`: never leaves (assessments, roadmaps: docs/maturity.md).
 * - `platform`: only the platform's own clients (created by an organiser or platform-admin),
 *   within their clearance.
 * - `owner`: the owning agency's clients, and the platform's own clients, within their clearance
 *   (a practice's submission, rejection, withdrawal; an agency's memberships; its webhooks).
 * - `readers`: whoever may read the thing the event is about, by the API's rule for that thing,
 *   evaluated on the event's state and on the thing's state now (a narrowed marking, a withdrawn
 *   practice, a suspended agency stop what they no longer allow).
 * - `cleared`: every client cleared for the event's marking.
 */
export type EgressAudience = 'nobody' | 'platform' | 'owner' | 'readers' | 'cleared';

/** The things events are about whose read rule the API defines (libs/auth/src/rules). */
export type EgressSubjectKind = 'agency' | 'practice' | 'campaign' | 'announcement' | 'session' | 'material';

export type EgressMarking = (typeof TLP_MARKINGS)[number];

export interface EgressRule {
  readonly to: EgressAudience;
  /** The thing the event is about, and the data field holding its id (`readers`; also tracked for its current state). */
  readonly subject?: { readonly kind: EgressSubjectKind; readonly idField: string };
  /** The data field naming the owning agency (`owner`, and the agency personal data belongs to). */
  readonly ownerField?: string;
  /** The marking the event travels under when its data has no `tlp` field. */
  readonly marking?: EgressMarking;
  /** Personal data (names, e-mail addresses, subs): sent only to clients of `ownerField`'s agency. */
  readonly personalFields?: readonly string[];
  /**
   * Lifecycle: a data field and the values that keep the event inside its owning agency (and the
   * platform's clients) even though the rule is `readers`, e.g. a practice revision pending review.
   */
  readonly ownerOnlyWhen?: { readonly field: string; readonly values: readonly unknown[] };
  /** One sentence for docs/security.md's table: who receives it and what is left out. */
  readonly summary: string;
}

export const egress = {
  nobody: (summary: string): EgressRule => ({ to: 'nobody', summary }),
  platform: (summary: string, rule: Omit<EgressRule, 'to' | 'summary'> = {}): EgressRule => ({
    to: 'platform',
    summary,
    ...rule,
  }),
  owner: (
    ownerField: string,
    summary: string,
    rule: Omit<EgressRule, 'to' | 'summary' | 'ownerField'> = {},
  ): EgressRule => ({
    to: 'owner',
    ownerField,
    summary,
    ...rule,
  }),
  readers: (
    subject: EgressRule['subject'] & object,
    summary: string,
    rule: Omit<EgressRule, 'to' | 'summary' | 'subject'> = {},
  ): EgressRule => ({ to: 'readers', subject, summary, ...rule }),
  cleared: (summary: string, rule: Omit<EgressRule, 'to' | 'summary'> = {}): EgressRule => ({
    to: 'cleared',
    summary,
    ...rule,
  }),
} as const;
