import { createRootLogger, JsonLogger } from './json-logger';
import { NestJsonLogger } from './nest-json-logger';

function capturing(level = 'info') {
  const lines: Array<Record<string, unknown>> = [];
  const root = createRootLogger({ write: (line: string) => lines.push(JSON.parse(line)) }, level);
  return { lines, nest: new NestJsonLogger(new JsonLogger('nest', () => root)) };
}

describe('NestJsonLogger', () => {
  it("writes Nest's errors as JSON lines with their context and stack", () => {
    const { lines, nest } = capturing();
    const stack = 'Error: no connection\n    at TypeOrmModule (x.js:1:1)';
    nest.error('Unable to connect to the database', stack, 'TypeOrmModule');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        component: 'nest',
        msg: 'Unable to connect to the database',
        context: 'TypeOrmModule',
        stack,
      }),
    ]);
  });

  it('writes an Error given as the message as its name and message', () => {
    const { lines, nest } = capturing();
    nest.error(new RangeError('out of range'), 'ExceptionHandler');
    expect(lines[0]).toMatchObject({
      msg: 'out of range',
      context: 'ExceptionHandler',
      error: { name: 'RangeError', message: 'out of range' },
    });
  });

  it("keeps Nest's routine lines (routes mapped, modules initialised) at debug", () => {
    const quiet = capturing('info');
    quiet.nest.log('Mapped {/api/v1/agencies, POST} route', 'RouterExplorer');
    quiet.nest.warn('deprecated option', 'NestFactory');
    expect(quiet.lines.map((l) => l.level)).toEqual(['warn']);
    const verbose = capturing('debug');
    verbose.nest.log('Mapped {/api/v1/agencies, POST} route', 'RouterExplorer');
    expect(verbose.lines[0]).toMatchObject({ level: 'debug', context: 'RouterExplorer' });
  });
});
