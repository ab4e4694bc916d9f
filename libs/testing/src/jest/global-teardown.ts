import { printResponseContractSummary } from '../http/response-contract-summary';

const state = globalThis as { __csgTestServices?: Array<{ stop(): Promise<void> }>; __csgTeardowns?: number };

/** Stops what the global setup started, after the last project that used it. */
export default async function teardown(): Promise<void> {
  printResponseContractSummary();
  const started = state.__csgTestServices;
  if (!started) return;
  state.__csgTestServices = undefined;
  for (const service of started.reverse()) await service.stop();
}
