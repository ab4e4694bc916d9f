import { resetResponseContractTallies } from '../http/response-contract-summary';
import { ensureKafkaForTests } from '../kafka/ensure-kafka';
import { ensureTestPostgres } from '../postgres/ensure-test-postgres';

type Started = { stop(): Promise<void> };
const state = globalThis as { __csgTestServices?: Started[] };

/**
 * Jest global setup of the integration and end-to-end projects: a PostgreSQL (the machine's on
 * 127.0.0.1:5432, else an embedded one) and a Kafka broker (KAFKA_BROKERS, else one the project
 * starts from deploy/kafka-dev). Runs once however many projects ask for it.
 */
export default async function setup(): Promise<void> {
  if (state.__csgTestServices) return;
  // Two workers each boot the embedded platform (five services, a pool per service and per
  // relay/consumer): with the default pool of 10 they need more than the 100 connections a stock
  // PostgreSQL allows. Tests never need 10 per pool; a run may still ask for more explicitly.
  process.env.DB_POOL_SIZE ??= '4';
  resetResponseContractTallies();
  state.__csgTestServices = [];
  state.__csgTestServices.push(await ensureTestPostgres());
  state.__csgTestServices.push(await ensureKafkaForTests());
}
