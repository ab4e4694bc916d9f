import type { ArgumentsHost } from '@nestjs/common';
import { RuleViolation } from '@csg/domain';
import { ApplicationError, ErrorStatusRegistry } from './error-statuses';
import { ProblemDetailsFilter } from './problem-details.filter';

function render(filter: ProblemDetailsFilter, error: unknown) {
  const sent: { status?: number; headers: Record<string, string>; body?: Record<string, unknown> } = {
    headers: {},
  };
  const reply = {
    status: (n: number) => (sent.status = n),
    header: (k: string, v: string) => (sent.headers[k] = v),
    send: (b: string) => (sent.body = JSON.parse(b) as Record<string, unknown>),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ url: '/api/v1/things/1?x=y' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  filter.catch(error, host);
  return sent;
}

describe('error codes mapped by their owners', () => {
  it('add_WhenTwoOwnersMapOneCodeDifferently_RefusesToStart', () => {
    const registry = new ErrorStatusRegistry({ agencies: { 'AGENCY.NOT_FOUND': 404 } });
    expect(() => registry.add('maturity', { 'AGENCY.NOT_FOUND': 410 })).toThrow(
      /AGENCY.NOT_FOUND maps to 404 \(agencies\) and 410 \(maturity\)/,
    );
    expect(() => registry.add('sessions', { 'SESSION.X': 200 })).toThrow(/not an HTTP error status/);
  });

  it('filter_WhenADomainErrorCarriesARegisteredCode_AnswersItsOwnersStatus', () => {
    const filter = new ProblemDetailsFilter(
      new ErrorStatusRegistry({ agencies: { 'AGENCY.NOT_FOUND': 404 } }),
    );
    const sent = render(filter, new RuleViolation('AGENCY.NOT_FOUND', 'No such agency.'));
    expect(sent.status).toBe(404);
    expect(sent.headers['content-type']).toBe('application/problem+json');
    expect(sent.body).toMatchObject({
      status: 404,
      code: 'AGENCY.NOT_FOUND',
      detail: 'No such agency.',
      instance: '/api/v1/things/1',
    });
  });

  it('filter_WhenTheCodeIsUnmapped_AnswersAGeneric500', () => {
    const sent = render(
      new ProblemDetailsFilter(new ErrorStatusRegistry()),
      new RuleViolation('X.Y', 'secret'),
    );
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toContain('secret');
  });

  it('filter_WhenAnApplicationErrorOfTheHttpLibrary_MapsItWithoutAnyServiceHelp', () => {
    const sent = render(
      new ProblemDetailsFilter(new ErrorStatusRegistry()),
      new ApplicationError('IDEMPOTENCY.KEY_REUSED', 'Used for a different request.'),
    );
    expect(sent.status).toBe(422);
    expect(sent.body).toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED' });
  });

  it('filter_WhenTheErrorAsksForResponseHeaders_SendsThem', () => {
    const error = Object.assign(new RuleViolation('AUTH.UNAUTHENTICATED', 'Needs a token.'), {
      responseHeaders: { 'www-authenticate': 'Bearer realm="csg-api"' },
    });
    const sent = render(
      new ProblemDetailsFilter(new ErrorStatusRegistry({ auth: { 'AUTH.UNAUTHENTICATED': 401 } })),
      error,
    );
    expect(sent.status).toBe(401);
    expect(sent.headers['www-authenticate']).toBe('Bearer realm="csg-api"');
  });
});
