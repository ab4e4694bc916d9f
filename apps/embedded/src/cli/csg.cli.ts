import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { SERVICES } from '../services';
import {
  EXIT_CODES,
  UsageError,
  type CsgActions,
  type CsgIo,
  type RebuildOptions,
  type TokenOptions,
} from './csg-commands';
import { PROJECTION_NAMES, type ProjectionName } from './projections-rebuild.command';

const SERVICE_NAMES = SERVICES.map((s) => s.name);
const CONSUMER_GROUPS = SERVICES.map((s) => s.consumerGroup);
/** The services that project the agencies service's events (all but agencies itself). */
const PROJECTING_SERVICES = SERVICE_NAMES.filter((name) => name !== 'agencies');

function integer(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    return n;
  };
}

function oneOf(allowed: readonly string[]) {
  return (value: string, previous: string[] = []): string[] => {
    if (!allowed.includes(value)) throw new InvalidArgumentError(`one of ${allowed.join(', ')}`);
    return [...previous, value];
  };
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Every runnable command's full name (`csg dlq list`, …), for the overview at the end of `csg --help`. */
function leafCommands(command: Command, prefix: string): Array<{ name: string; summary: string }> {
  const name = `${prefix} ${command.name()}`.trim();
  const children = command.commands.filter((c) => c.name() !== 'help');
  if (children.length === 0)
    return [
      {
        name: `${name} ${command.usage().replace('[options]', '')}`.replace(/ +/g, ' ').trim(),
        summary: command.summary(),
      },
    ];
  return children.flatMap((child) => leafCommands(child, name));
}

/**
 * The command tree of `csg`, the one operator CLI (docs/adr/0076). Each command reuses the logic
 * of the tool it replaced; `--help` works on every level.
 */
export function buildCsgProgram(actions: CsgActions, io: CsgIo, exitWith: (code: number) => void): Command {
  const program = new Command('csg')
    .description(
      'Operate the CyberSecureGov platform: tokens, migrations, dead letters, projections, demo data, Kafka.',
    )
    .exitOverride()
    .enablePositionalOptions()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('token')
    .summary('mint a development token, or explain how to get one from the OIDC provider')
    .description(
      'Prints a bearer token signed by the development issuer (AUTH_MODE=dev, what `npm start` runs), with the\n' +
        'key pair in AUTH_DEV_DATA_DIR (default .data), so the running platform accepts it. Use it as\n' +
        '`Authorization: Bearer <token>`. With --oidc, explains how to sign in through the OIDC provider instead.',
    )
    .option('--sub <sub>', 'the person the token names (required unless --oidc)')
    .addOption(
      new Option('--role <role>', 'a platform role, organiser or platform-admin (repeatable)')
        .argParser(oneOf(['organiser', 'platform-admin']))
        .default([]),
    )
    .option('--name <name>', 'their display name')
    .option('--email <email>', 'their e-mail address')
    .option('--expires-in <seconds>', 'lifetime, 1 to 86400 seconds', integer(1, 86_400), 3600)
    .option('--oidc', 'explain how to get a token from the OIDC provider (AUTH_MODE=oidc)', false)
    .action((options: TokenOptions) => actions.token(options));

  program
    .command('migrate')
    .summary('run pending migrations')
    .description(
      'Runs the pending migrations of the named services (default: all) against <SERVICE>_DATABASE_URL,\n' +
        'or DATABASE_URL for one service, or else the embedded PostgreSQL (started and stopped around it).\n' +
        'Services also migrate at start.',
    )
    .argument(
      '[services...]',
      `some of ${SERVICE_NAMES.join(', ')}`,
      (value: string, previous: string[] = []) => {
        if (!SERVICE_NAMES.includes(value))
          throw new InvalidArgumentError(`not a service; one of ${SERVICE_NAMES.join(', ')}`);
        return [...previous, value];
      },
    )
    .action((services: string[] | undefined) => actions.migrate(services ?? []));

  const dlq = program
    .command('dlq')
    .summary('list and replay dead letters')
    .description(
      "Dead letters of the services' consumer groups: on Kafka when KAFKA_BROKERS is set (with the KAFKA_* login\n" +
        "settings), else on the embedded platform's in-process bus (BUS_DATABASE_URL, or the embedded PostgreSQL).",
    );
  dlq
    .command('list')
    .summary('list dead letters')
    .description('lists the dead letters of the named consumer groups (default: every one)')
    .option(
      '--group <group>',
      `a consumer group, repeatable: ${CONSUMER_GROUPS.join(', ')}`,
      oneOf(CONSUMER_GROUPS),
    )
    .action((options: { group?: string[] }) =>
      actions.dlq(['list', ...(options.group ?? []).flatMap((g) => ['--group', g])]),
    );
  dlq
    .command('replay')
    .summary('replay the dead letters of one consumer group')
    .description(
      'sends the dead letters of one consumer group back to it (its inbox drops what it already handled)',
    )
    .requiredOption(
      '--group <group>',
      `the consumer group: ${CONSUMER_GROUPS.join(', ')}`,
      (value: string) => {
        if (!CONSUMER_GROUPS.includes(value))
          throw new InvalidArgumentError(`one of ${CONSUMER_GROUPS.join(', ')}`);
        return value;
      },
    )
    .option('--event-id <id>', 'only this event (repeatable)', collect)
    .action((options: { group: string; eventId?: string[] }) =>
      actions.dlq([
        'replay',
        '--group',
        options.group,
        ...(options.eventId ?? []).flatMap((id) => ['--event-id', id]),
      ]),
    );

  program
    .command('projections')
    .summary("rebuild a projection of another service's events")
    .description("Projections: what a service keeps of another service's events (docs/operations.md).")
    .command('rebuild')
    .summary("rebuild a service's projection of agencies and memberships")
    .description(
      "Rebuilds a service's projection of agencies and memberships from the agencies service's current state:\n" +
        'empties it (unless --keep-rows), re-emits every agency and member as snapshot events through the agencies\n' +
        'outbox, and with --wait watches the projection fill up. The platform (or both services) must run for the\n' +
        'snapshots to travel. Databases: <SERVICE>_DATABASE_URL and AGENCIES_DATABASE_URL, or else the embedded ones.\n' +
        'Projections: memberships (projected_agencies, projected_memberships, projected_membership_removals),\n' +
        "agency-directory (agency_directory), member-directory (notifications' member_directory).",
    )
    .argument(
      '<service>',
      `the service whose projection it is: ${PROJECTING_SERVICES.join(', ')}`,
      (value: string) => {
        if (!PROJECTING_SERVICES.includes(value))
          throw new InvalidArgumentError(`one of ${PROJECTING_SERVICES.join(', ')}`);
        return value;
      },
    )
    .argument('<projection>', PROJECTION_NAMES.join(', '), (value: string) => {
      if (!(PROJECTION_NAMES as readonly string[]).includes(value))
        throw new InvalidArgumentError(`one of ${PROJECTION_NAMES.join(', ')}`);
      return value;
    })
    .option(
      '--keep-rows',
      'do not empty it: fill in what is missing (rows that should not exist stay)',
      false,
    )
    .option(
      '--yes',
      'confirm emptying it (its people have no agency rights there until the snapshots arrive)',
      false,
    )
    .option('--batch-size <n>', 'agencies per outbox transaction', integer(1, 10_000), 200)
    .option('--wait', 'wait until the projection holds every agency and member again', false)
    .option('--timeout <seconds>', 'how long --wait waits', integer(1, 86_400), 300)
    .action(
      (
        service: string,
        projection: ProjectionName,
        options: Omit<RebuildOptions, 'service' | 'projection' | 'timeoutSeconds'> & { timeout: number },
      ) =>
        actions.rebuildProjection({
          service,
          projection,
          keepRows: options.keepRows,
          yes: options.yes,
          batchSize: options.batchSize,
          wait: options.wait,
          timeoutSeconds: options.timeout,
        }),
    );

  program
    .command('agencies')
    .summary('agencies service operations')
    .description('Operations of the agencies service.')
    .command('resnapshot')
    .summary('re-emit every agency and member as snapshot events')
    .description(
      'Re-emits every agency and member as csg.agencies.{agency,member}.snapshotted.v1 events through the\n' +
        'agencies outbox, for every service to rebuild or repair its projections (docs/operations.md). The\n' +
        'database is AGENCIES_DATABASE_URL or DATABASE_URL, or else the embedded one.',
    )
    .option('--batch-size <n>', 'agencies per outbox transaction', integer(1, 10_000), 200)
    .action((options: { batchSize: number }) => actions.resnapshotAgencies(options.batchSize));

  program
    .command('frameworks')
    .summary('maturity frameworks')
    .description('Framework catalogues of the maturity service.')
    .command('import')
    .summary('import an OSCAL catalog as a framework')
    .description(
      "Imports an OSCAL 1.x catalog (JSON) as a framework, as POST /api/v1/frameworks/import does. NIST's CSF 2.0\n" +
        'catalog adds the official statements and examples to the built-in nist-csf-2.0. The database is\n' +
        'MATURITY_DATABASE_URL or DATABASE_URL, or else the embedded one.',
    )
    .argument('<catalog>', 'the OSCAL catalog file (JSON)')
    .action((catalog: string) => actions.importFramework(catalog));

  program
    .command('seed')
    .summary('load demo data')
    .description('Data for demonstrations and trials.')
    .command('demo')
    .summary("load the eighth session's story through the API (idempotent)")
    .description(
      "Loads the story of the programme's eighth session (agencies, people, session 8 with its agenda,\n" +
        'registrations and feedback, practices under every marking, an announcement, maturity campaigns before and\n' +
        'after, roadmaps) through the API, as its people, with the development issuer (docs/adr/0077). Seeding again\n' +
        'changes nothing. Without --url it starts the embedded platform in this process (stop `npm start` first, or\n' +
        'pass its --url). Takes about half a minute: session 8 is completed once it has started.',
    )
    .option('--url <base-url>', 'a running platform in development mode, e.g. http://127.0.0.1:3000')
    .option(
      '--wait-timeout <seconds>',
      "how long to wait for a service to learn another's events",
      integer(1, 3600),
      60,
    )
    .action((options: { url?: string; waitTimeout: number }) =>
      actions.seedDemo({ url: options.url, waitTimeoutSeconds: options.waitTimeout }),
    );

  program
    .command('kafka')
    .summary('look at Kafka topics')
    .description('Kafka topics of the distributed deployment.')
    .command('consume')
    .summary("print a topic's messages with their headers")
    .description(
      "Prints a topic's messages from the beginning (partition, offset, key, ce_* and csg_dlq_* headers, value),\n" +
        "then follows it, with Kafka's own console consumer from deploy/kafka-dev (Java 17+; Maven fetches the jars\n" +
        'once). Connects as the services do: KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_SASL_*, KAFKA_SSL_*.\n' +
        'Options after the topic go to the console consumer, e.g. --max-messages 20 or --timeout-ms 10000.',
    )
    .argument('<topic>', 'e.g. csg.agencies or csg.dlq.csg.sessions')
    .argument('[consumer-options...]', 'options of kafka-console-consumer')
    .allowUnknownOption()
    .passThroughOptions()
    .action(async (topic: string, consumerOptions: string[]) =>
      exitWith(await actions.kafkaConsume(topic, consumerOptions)),
    );

  program.addHelpText('after', () => {
    const leaves = leafCommands(program, '');
    const width = Math.max(...leaves.map((l) => l.name.length));
    return (
      '\nEvery command (each takes --help):\n' +
      leaves.map((l) => `  ${l.name.padEnd(width)}  ${l.summary}`).join('\n') +
      "\n\nExit codes: 0 done, 1 failed, 2 usage error, 130 interrupted; kafka consume: the consumer's.\n"
    );
  });
  return program;
}

/**
 * Runs `csg` with `args` (without `node` and the script) and resolves to its exit code; never
 * exits the process itself (the bin does).
 */
export async function runCsg(args: readonly string[], actions: CsgActions, io: CsgIo): Promise<number> {
  let code: number = EXIT_CODES.ok;
  const program = buildCsgProgram(actions, io, (c) => (code = c));
  try {
    await program.parseAsync([...args], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; everything else commander refuses is a usage error.
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    if (error instanceof UsageError) {
      io.err(`csg: ${error.message}\n`);
      return EXIT_CODES.usage;
    }
    const code = (error as { code?: unknown }).code;
    io.err(
      `csg: ${typeof code === 'string' && /^[A-Z]+\.[A-Z_]+$/.test(code) ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT_CODES.failure;
  }
}

/** The bin's entry (bin/csg.js): runs the real commands on the process's arguments and exits. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<never> {
  const io: CsgIo = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
  try {
    // Loaded here: the unit tests of the command tree never load the tools behind it.
    const { REAL_ACTIONS } = await import('./csg.actions');
    process.exit(await runCsg(argv, REAL_ACTIONS, io));
  } catch (error) {
    io.err(`csg: ${String(error)}\n`);
    process.exit(EXIT_CODES.failure);
  }
}

if (require.main === module) void main();
