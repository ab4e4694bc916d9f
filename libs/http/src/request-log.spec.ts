import { createRootLogger, JsonLogger } from '@csg/observability';
import { logRequest } from './request-log';

function capturing() {
  const lines: Array<Record<string, unknown>> = [];
  const root = createRootLogger({ write: (line: string) => lines.push(JSON.parse(line)) }, 'info');
  return { lines, log: new JsonLogger('http', () => root) };
}

describe('request log', () => {
  it('writes method, route, path without the query string, status and milliseconds', () => {
    const { lines, log } = capturing();
    logRequest(
      log,
      { method: 'POST', route: '/api/v1/unsubscribe', url: '/api/v1/unsubscribe?token=a.b' },
      422,
      0.01234,
    );
    expect(lines[0]).toMatchObject({
      level: 'info',
      component: 'http',
      msg: 'request completed',
      method: 'POST',
      route: '/api/v1/unsubscribe',
      path: '/api/v1/unsubscribe',
      status: 422,
      ms: 12.3,
    });
    expect(JSON.stringify(lines)).not.toContain('token=');
  });

  it('keeps probes and scrapes at debug', () => {
    const { lines, log } = capturing();
    logRequest(log, { method: 'GET', route: '/health/ready', url: '/health/ready' }, 200, 0.001);
    logRequest(log, { method: 'GET', route: '/metrics', url: '/metrics' }, 200, 0.001);
    expect(lines).toEqual([]);
  });
});
