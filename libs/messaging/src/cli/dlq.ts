import { SingleBar, Presets } from 'cli-progress';
import { openEmbeddedDatabase } from '@csg/persistence';
import { DeadLetterService } from '../dead-letters/dead-letter.service';
import { kafkaOptionsFromEnv } from '../transport/kafka/kafka-options';
import { KafkaTransport } from '../transport/kafka/kafka.transport';
import { PgLogTransport } from '../transport/in-process/pg-log.transport';
import type { MessageTransport } from '../transport/message-transport.port';

const USAGE = `usage:
  npm run dlq -- list [--group csg.<service>]
  npm run dlq -- replay --group csg.<service> [--event-id <id> ...]

Kafka when KAFKA_BROKERS is set; otherwise the embedded platform's in-process bus
(BUS_DATABASE_URL, or the embedded PostgreSQL in .data/, started if it is not running).`;

function option(args: string[], name: string): string[] {
  return args.flatMap((arg, i) => (arg === name && args[i + 1] ? [args[i + 1]] : []));
}

async function openTransport(): Promise<{ transport: MessageTransport; stop(): Promise<void> }> {
  const none = async () => undefined;
  if (process.env.KAFKA_BROKERS)
    return { transport: new KafkaTransport(kafkaOptionsFromEnv('csg-dlq')), stop: none };
  if (process.env.BUS_DATABASE_URL)
    return { transport: new PgLogTransport({ url: process.env.BUS_DATABASE_URL }), stop: none };
  const bus = await openEmbeddedDatabase('csg_bus');
  return { transport: new PgLogTransport({ url: bus.url }), stop: bus.stop };
}

/**
 * `npm run dlq -- list|replay …` over the consumer groups of the declared services (`groups`:
 * the app side passes them from its registry; this library knows no service).
 */
export async function runDlqCli(args: string[], groups: readonly string[]): Promise<void> {
  const [command] = args;
  if (command !== 'list' && command !== 'replay') {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const named = option(args, '--group');
  const unknown = named.filter((group) => !groups.includes(group));
  if (unknown.length > 0)
    throw new Error(`unknown consumer group(s) ${unknown.join(', ')}; expected some of ${groups.join(', ')}`);
  if (command === 'replay' && named.length !== 1) throw new Error('replay needs exactly one --group');
  const { transport, stop } = await openTransport();
  try {
    await transport.start();
    const dlq = new DeadLetterService(transport);
    if (command === 'list') {
      for (const group of named.length > 0 ? named : groups) {
        const letters = await dlq.list(group);
        process.stdout.write(`${group}: ${letters.length} dead letter(s)\n`);
        for (const l of letters) {
          process.stdout.write(
            `  ${l.eventId ?? '(no id)'}  ${l.type ?? '(no type)'}  key=${l.key}  from ${l.sourceTopic}@${l.sourceOffset}  attempts=${l.attempts}  at ${l.deadLetteredAt}\n    reason: ${l.reason}\n`,
          );
        }
      }
      return;
    }
    const eventIds = option(args, '--event-id');
    const bar = new SingleBar(
      { format: 'replaying {bar} {value}/{total}', noTTYOutput: true, notTTYSchedule: 1_000 },
      Presets.shades_classic,
    );
    let started = false;
    const count = await dlq.replay(named[0], {
      eventIds: eventIds.length > 0 ? eventIds : undefined,
      onProgress: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    if (started) bar.stop();
    process.stdout.write(
      `replayed ${count} dead letter(s) to ${named[0]}; its inbox absorbs any it already handled\n`,
    );
  } finally {
    await transport.close();
    await stop();
  }
}
