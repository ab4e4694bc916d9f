import { TLP_MARKINGS } from '@csg/contracts';
import { EnumField, StringsField } from '@csg/http';
import type { IntegrationKind } from '../domain/integration-reach.rule';

/** The event types an integration client or a webhook receives (the handler checks the catalogue). */
export const EventTypesField = () =>
  StringsField({
    minItems: 1,
    maxItems: 100,
    minLength: 1,
    maxLength: 200,
    example: ['csg.exchange.practice.published.v1'],
  });

/** The clearance an integration asks for (ADR 0061), granted as asked or refused with a 422. */
export const ClearanceField = (kind: IntegrationKind) =>
  EnumField(TLP_MARKINGS, {
    optional: true,
    description:
      `granted as asked, never raised or lowered: an agency-owned ${kind} reads what a member of its agency ` +
      `reads, capped at this clearance (default TLP:AMBER+STRICT, all its members read); a platform-owned ` +
      `${kind} reads everything up to it (default TLP:GREEN). At most TLP:AMBER+STRICT: TLP:RED is a 422 ` +
      'INTEGRATION.CLEARANCE_TOO_HIGH',
  });
