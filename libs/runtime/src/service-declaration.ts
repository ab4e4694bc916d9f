/* eslint-disable @typescript-eslint/no-unsafe-function-type -- TypeORM takes migration classes as Function */
import type { DynamicModule } from '@nestjs/common';
import {
  PLATFORM_EVENTS,
  serviceConsumerGroup,
  serviceTopic,
  type IntegrationEventDefinition,
} from '@csg/contracts';
import type { ErrorStatuses } from '@csg/http';
import { OutboxMapping } from '@csg/messaging';
import { embeddedDatabaseName } from '@csg/persistence';

/** What a service's root module is given by whoever runs it (embedded or distributed). */
export interface ServiceModuleConfig {
  databaseUrl: string;
  /** The declaration's outbox mapping, for the service's MessagingModule.forService. */
  outbox: OutboxMapping;
}

/**
 * A path the public entry point (Ingress, compose's nginx, `npm run start:distributed`'s gateway)
 * routes to the service. `prefix`: the path and everything under it by whole segments;
 * `exact`: that path only; `pattern`: a regular expression (RE2 syntax, anchored at the start),
 * for routes under another service's prefix, tried before every prefix and exact path.
 */
export interface ServiceRoute {
  match: 'prefix' | 'exact' | 'pattern';
  path: string;
}

/** What a service says about itself, once, in `apps/<service>/src/<service>.service.ts`. */
export interface ServiceDeclarationInput {
  /** `agencies`, `maturity`, …: lower-case, the folder name under apps/. */
  name: string;
  /** The OpenAPI title of its own process. */
  title: string;
  /** Every migration of its database, in order. */
  migrations: readonly Function[];
  /** Its root module (PersistenceModule, MessagingModule, ServiceAuthModule and its own parts). */
  module: (config: ServiceModuleConfig) => DynamicModule;
  /** Every error code it raises → the HTTP status its edge answers (never in domain/). */
  errorStatuses?: ErrorStatuses;
  /** The paths of the public API it serves (docs/deployment.md#routes). */
  routes?: readonly ServiceRoute[];
  /** How the facts its aggregates record become its integration events (all on its topic). */
  outbox?: OutboxMapping;
}

/** A declared service, with what follows from its name. */
export interface ServiceDeclaration extends Required<Readonly<ServiceDeclarationInput>> {
  /** Its topic, `csg.<name>`. */
  readonly topic: string;
  /** Its consumer group, `csg.<name>`. */
  readonly consumerGroup: string;
  /** Its database on the embedded server, `csg_<name>`. */
  readonly database: string;
  /** The integration events it publishes: the contracts catalogue's events on its topic. */
  readonly events: readonly IntegrationEventDefinition[];
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Declares a service. Everything else that knows the service (topics, databases, the embedded
 * composition, `npm run migrate`/`dlq`, the lint boundaries) is derived from the registry of
 * declarations (`apps/embedded/src/services.ts`), and a test checks the files that cannot be
 * derived (nest-cli.json, package.json scripts, deploy/) agree with it.
 */
export function defineService(input: ServiceDeclarationInput): ServiceDeclaration {
  if (!NAME.test(input.name)) throw new Error(`service name "${input.name}" must be lower-case kebab`);
  const topic = serviceTopic(input.name);
  const strays = (input.outbox?.events ?? []).filter((event) => event.topic !== topic);
  if (strays.length > 0)
    throw new Error(`${input.name} publishes on ${topic} only, not ${strays.map((e) => e.type).join(', ')}`);
  return Object.freeze({
    errorStatuses: {},
    routes: [],
    outbox: OutboxMapping.empty(),
    ...input,
    events: PLATFORM_EVENTS.filter((event) => event.topic === topic),
    topic,
    consumerGroup: serviceConsumerGroup(input.name),
    database: embeddedDatabaseName(input.name),
  });
}

/** Fails on two declarations of one name (the registry is a list a person edits). */
export function serviceRegistry(declarations: readonly ServiceDeclaration[]): readonly ServiceDeclaration[] {
  const seen = new Set<string>();
  for (const { name } of declarations) {
    if (seen.has(name)) throw new Error(`service ${name} is declared twice`);
    seen.add(name);
  }
  return Object.freeze([...declarations]);
}
