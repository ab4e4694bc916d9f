export interface ResnapshotProgress {
  agencies: number;
  members: number;
  totalAgencies: number;
}

/**
 * Re-emits the current state of every agency and member as `…snapshotted.v1` events, in
 * batches, through the outbox, so another service can rebuild its projection (docs/operations.md).
 */
export class ResnapshotAgenciesCommand {
  constructor(
    readonly batchSize = 200,
    readonly onProgress: (progress: ResnapshotProgress) => void = () => undefined,
  ) {}
}
