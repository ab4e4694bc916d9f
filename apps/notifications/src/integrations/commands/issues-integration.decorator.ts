import { applyDecorators, Post, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation } from '@nestjs/swagger';
import { AgencyRoles, body, Operators, Policy } from '@csg/auth';
import { ApiProblems, IdempotentCreate, type IdempotentOutcome } from '@csg/http';
import type { IntegrationKind } from '../domain/integration-reach.rule';
import { ApiClearanceProblem } from './clearance-problem.decorator';

export interface IssuesIntegrationOptions {
  /** The operation's summary in the OpenAPI document. */
  summary: string;
  /** What the 201 answer holds (its secret is shown this once). */
  description: string;
  /** The route's business-rule codes besides `INTEGRATION.CLEARANCE_TOO_HIGH`. */
  problems: string[];
}

type IssueHandler = (...args: never[]) => Promise<IdempotentOutcome<unknown>>;

/**
 * A route that issues an integration (a client with its API key, a webhook with its signing
 * secret): who may (operators for the platform or any agency, an agency-admin for their own
 * agency), an idempotent 201 with its `ETag`, and its problems, 422 for a clearance above the
 * highest (ADR 61). The two issuing routes differ only in what they issue.
 */
export function IssuesIntegration(
  kind: IntegrationKind,
  view: Type<unknown>,
  options: IssuesIntegrationOptions,
) {
  // Listed in the order TypeScript would apply them written above a method (bottom first), so the
  // OpenAPI document comes out as it did with the decorators written out by hand.
  const decorate = applyDecorators(
    ApiClearanceProblem(kind, options.problems),
    ApiProblems(400, 401, 403, 413, 415, 429),
    // The route's handler type is checked by IssuesIntegration's own signature below.
    IdempotentCreate(view, { etag: true, description: options.description }) as MethodDecorator,
    ApiBearerAuth(),
    Policy(Operators(), AgencyRoles(body('agencyId'), 'agency-admin')),
    ApiOperation({ summary: options.summary }),
    Post(),
  );
  return <H extends IssueHandler>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ) => decorate(target, key, descriptor);
}
