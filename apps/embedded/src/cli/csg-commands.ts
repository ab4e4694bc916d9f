import type { ProjectionName } from './projections-rebuild.command';

/**
 * What `csg` exits with, for scripts (README "Operating", docs/adr/0076). `kafka consume` exits
 * with the console consumer's own code.
 */
export const EXIT_CODES = {
  /** Done. */
  ok: 0,
  /** The command ran and failed: a database or broker away, a rule refused, a timeout. */
  failure: 1,
  /** Not a valid command line: unknown command or option, a missing or bad argument. */
  usage: 2,
  /** Interrupted (Ctrl-C, SIGINT). */
  interrupted: 130,
} as const;

/** A command line that parses but cannot be run as asked (e.g. a missing confirmation): exit 2. */
export class UsageError extends Error {}

/** Where `csg` writes: help and results to `out`, errors to `err`. */
export interface CsgIo {
  out(text: string): void;
  err(text: string): void;
}

export interface TokenOptions {
  sub?: string;
  role: string[];
  name?: string;
  email?: string;
  expiresIn: number;
  oidc: boolean;
}

export interface RebuildOptions {
  service: string;
  projection: ProjectionName;
  keepRows: boolean;
  yes: boolean;
  batchSize: number;
  wait: boolean;
  timeoutSeconds: number;
}

export interface SeedDemoCommandOptions {
  url?: string;
  waitTimeoutSeconds: number;
}

/** What each command does; `csg.actions.ts` holds the real ones (tests pass their own). */
export interface CsgActions {
  token(options: TokenOptions): Promise<void>;
  migrate(services: string[]): Promise<void>;
  /** `list|replay` and their options, as the dead-letter tool of libs/messaging reads them. */
  dlq(args: string[]): Promise<void>;
  rebuildProjection(options: RebuildOptions): Promise<void>;
  resnapshotAgencies(batchSize: number): Promise<void>;
  importFramework(file: string): Promise<void>;
  seedDemo(options: SeedDemoCommandOptions): Promise<void>;
  /** Resolves to the console consumer's exit code. */
  kafkaConsume(topic: string, consumerOptions: string[]): Promise<number>;
}
