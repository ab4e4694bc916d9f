import { buildCsgProgram, runCsg } from './csg.cli';
import { EXIT_CODES, UsageError, type CsgActions, type CsgIo } from './csg-commands';

/** Every runnable command of `csg`, as the README and docs/adr/0076 list them. */
const COMMANDS = [
  'csg token',
  'csg migrate [services...]',
  'csg dlq list',
  'csg dlq replay',
  'csg projections rebuild <service> <projection>',
  'csg agencies resnapshot',
  'csg frameworks import <catalog>',
  'csg seed demo',
  'csg kafka consume <topic> [consumer-options...]',
];

function fakeActions(): jest.Mocked<CsgActions> {
  return {
    token: jest.fn().mockResolvedValue(undefined),
    migrate: jest.fn().mockResolvedValue(undefined),
    dlq: jest.fn().mockResolvedValue(undefined),
    rebuildProjection: jest.fn().mockResolvedValue(undefined),
    resnapshotAgencies: jest.fn().mockResolvedValue(undefined),
    importFramework: jest.fn().mockResolvedValue(undefined),
    seedDemo: jest.fn().mockResolvedValue(undefined),
    kafkaConsume: jest.fn().mockResolvedValue(0),
  };
}

async function csg(args: string, actions = fakeActions()) {
  const output = { out: '', err: '' };
  const io: CsgIo = { out: (t) => void (output.out += t), err: (t) => void (output.err += t) };
  const code = await runCsg(args.split(' ').filter(Boolean), actions, io);
  return { code, ...output, actions };
}

/** Every command's path below the root (groups and leaves), e.g. `dlq`, `dlq list`. */
function commandPaths(): string[] {
  const program = buildCsgProgram(
    fakeActions(),
    { out: () => undefined, err: () => undefined },
    () => undefined,
  );
  const walk = (command: typeof program, prefix: string[]): string[][] =>
    command.commands
      .filter((c) => c.name() !== 'help')
      .flatMap((c) => [[...prefix, c.name()], ...walk(c, [...prefix, c.name()])]);
  return walk(program, []).map((path) => path.join(' '));
}

describe('csg, the operator CLI', () => {
  it('lists every command in its help, and answers with exit code 0', async () => {
    const { code, out } = await csg('--help');
    expect(code).toBe(EXIT_CODES.ok);
    const overview = out.slice(out.indexOf('Every command'));
    const listed = overview
      .split('\n')
      .filter((line) => line.startsWith('  csg '))
      .map((line) => line.trim().split(/ {2,}/)[0]);
    expect(listed).toEqual(COMMANDS);
    expect(out).toContain('Exit codes: 0 done, 1 failed, 2 usage error, 130 interrupted');
  });

  it.each(commandPaths())('answers `csg %s --help` with its usage', async (path) => {
    const { code, out } = await csg(`${path} --help`);
    expect(code).toBe(EXIT_CODES.ok);
    expect(out).toContain(`Usage: csg ${path}`);
  });

  it.each([
    ['nope', /unknown command 'nope'/],
    ['dlq', /Usage: csg dlq/],
    ['dlq replay', /required option '--group <group>' not specified/],
    ['dlq list --group csg.payroll', /argument 'csg.payroll' is invalid/],
    ['migrate payroll', /'payroll' is invalid for argument 'services'/],
    ['agencies resnapshot --batch-size 0', /a whole number from 1 to 10000/],
    ['frameworks import', /missing required argument 'catalog'/],
    ['projections rebuild agencies memberships', /'agencies' is invalid for argument 'service'/],
    ['projections rebuild sessions roles', /'roles' is invalid for argument 'projection'/],
    ['token --role admin', /argument 'admin' is invalid/],
    ['token --expires-in 0', /a whole number from 1 to 86400/],
    ['seed demo --wait-timeout soon', /a whole number from 1 to 3600/],
    ['kafka consume', /missing required argument 'topic'/],
    ['migrate --force', /unknown option '--force'/],
  ])('refuses `csg %s` with exit code 2 and says why', async (args, message) => {
    const { code, err, actions } = await csg(args);
    expect(code).toBe(EXIT_CODES.usage);
    expect(err).toMatch(message);
    for (const action of Object.values(actions)) expect(action).not.toHaveBeenCalled();
  });

  it('keeps the arguments of the npm scripts it replaced', async () => {
    expect((await csg('migrate')).actions.migrate).toHaveBeenCalledWith([]);
    expect((await csg('migrate agencies sessions')).actions.migrate).toHaveBeenCalledWith([
      'agencies',
      'sessions',
    ]);
    expect((await csg('dlq list')).actions.dlq).toHaveBeenCalledWith(['list']);
    expect(
      (await csg('dlq list --group csg.sessions --group csg.exchange')).actions.dlq,
    ).toHaveBeenCalledWith(['list', '--group', 'csg.sessions', '--group', 'csg.exchange']);
    expect(
      (await csg('dlq replay --group csg.sessions --event-id e1 --event-id e2')).actions.dlq,
    ).toHaveBeenCalledWith(['replay', '--group', 'csg.sessions', '--event-id', 'e1', '--event-id', 'e2']);
    expect((await csg('agencies resnapshot')).actions.resnapshotAgencies).toHaveBeenCalledWith(200);
    expect(
      (await csg('agencies resnapshot --batch-size 50')).actions.resnapshotAgencies,
    ).toHaveBeenCalledWith(50);
    expect((await csg('frameworks import catalog.json')).actions.importFramework).toHaveBeenCalledWith(
      'catalog.json',
    );
    expect(
      (await csg('kafka consume csg.agencies --max-messages 20 --timeout-ms 10000')).actions.kafkaConsume,
    ).toHaveBeenCalledWith('csg.agencies', ['--max-messages', '20', '--timeout-ms', '10000']);
  });

  it('passes the options of the new commands', async () => {
    expect(
      (await csg('projections rebuild sessions memberships --yes --wait --timeout 30')).actions
        .rebuildProjection,
    ).toHaveBeenCalledWith({
      service: 'sessions',
      projection: 'memberships',
      keepRows: false,
      yes: true,
      batchSize: 200,
      wait: true,
      timeoutSeconds: 30,
    });
    expect(
      (await csg('token --sub organiser-1 --role organiser --role platform-admin')).actions.token,
    ).toHaveBeenCalledWith({
      sub: 'organiser-1',
      role: ['organiser', 'platform-admin'],
      expiresIn: 3600,
      oidc: false,
    });
    expect((await csg('seed demo --url http://127.0.0.1:3000')).actions.seedDemo).toHaveBeenCalledWith({
      url: 'http://127.0.0.1:3000',
      waitTimeoutSeconds: 60,
    });
  });

  it('exits 1 when a command fails, 2 when it refuses how it was asked, and with the consumer code for kafka consume', async () => {
    const failing = fakeActions();
    failing.migrate.mockRejectedValue(
      Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }),
    );
    failing.importFramework.mockRejectedValue(
      Object.assign(new Error('not a catalog'), { code: 'FRAMEWORK.INVALID' }),
    );
    failing.rebuildProjection.mockRejectedValue(new UsageError('add --yes'));
    failing.kafkaConsume.mockResolvedValue(130);
    const migrate = await csg('migrate', failing);
    expect(migrate).toMatchObject({ code: EXIT_CODES.failure, err: 'csg: connection refused\n' });
    const imported = await csg('frameworks import x.json', failing);
    expect(imported).toMatchObject({
      code: EXIT_CODES.failure,
      err: 'csg: FRAMEWORK.INVALID: not a catalog\n',
    });
    const rebuild = await csg('projections rebuild sessions memberships', failing);
    expect(rebuild).toMatchObject({ code: EXIT_CODES.usage, err: 'csg: add --yes\n' });
    expect((await csg('kafka consume csg.agencies', failing)).code).toBe(130);
  });
});
