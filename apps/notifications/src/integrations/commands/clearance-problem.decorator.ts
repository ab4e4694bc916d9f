import { ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDocumentSchema } from '@csg/http';
import { HIGHEST_CLEARANCE, type IntegrationKind } from '../domain/integration-reach.rule';

/**
 * Documents the 422 of a route that issues an integration (ADR 0061): the clearance is granted as
 * asked or refused with `INTEGRATION.CLEARANCE_TOO_HIGH`, whose detail names the highest allowed;
 * `others` lists the route's other business-rule codes. Pair it with `@ApiProblems` (for the
 * Problem schema) without 422.
 */
export function ApiClearanceProblem(kind: IntegrationKind, others: string[]): MethodDecorator {
  return ApiResponse({
    status: 422,
    description:
      'well-formed but breaks a business rule (the problem `code` says which): ' +
      `\`INTEGRATION.CLEARANCE_TOO_HIGH\` when \`tlpClearance\` is above the highest this ${kind} may ` +
      `have, ${HIGHEST_CLEARANCE} (TLP:RED never leaves the platform; a clearance is never raised or ` +
      `lowered silently), ${others.map((c) => `\`${c}\``).join(', ')}`,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: getSchemaPath(ProblemDocumentSchema) },
        example: {
          type: 'https://cybersecuregov.example/problems/integration.clearance_too_high',
          title: 'Unprocessable content',
          status: 422,
          code: 'INTEGRATION.CLEARANCE_TOO_HIGH',
          detail: `the highest clearance this ${kind} may have is ${HIGHEST_CLEARANCE}`,
        },
      },
    },
  });
}
