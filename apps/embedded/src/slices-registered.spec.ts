import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Provider, Type } from '@nestjs/common';
import { CONTROLLER_WATERMARK } from '@nestjs/common/constants';
import { ON_INTEGRATION_EVENT } from '@csg/messaging';
import { SERVICES } from './services';

const APPS = join(__dirname, '..', '..');
/** What @CommandHandler, @QueryHandler and @EventsHandler of @nestjs/cqrs leave on a class. */
const CQRS_HANDLER_KEYS = ['__commandHandler__', '__queryHandler__', '__eventsHandler__'];
/** The role suffixes of the classes a module must register (the style guide's file names). */
const REGISTERED_ROLES = /\.(controller|handler|projection)\.ts$/;

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesOf(join(dir, entry.name))
      : REGISTERED_ROLES.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

const isController = (type: Type): boolean => Reflect.getMetadata(CONTROLLER_WATERMARK, type) === true;
const isCqrsHandler = (type: Type): boolean =>
  Reflect.getMetadataKeys(type).some((key) => CQRS_HANDLER_KEYS.includes(String(key)));
const consumesIntegrationEvents = (type: Type): boolean =>
  Object.getOwnPropertyNames(type.prototype).some((name) => {
    const method = Object.getOwnPropertyDescriptor(type.prototype, name)?.value as unknown;
    return typeof method === 'function' && Reflect.getMetadata(ON_INTEGRATION_EVENT, method) !== undefined;
  });

/** Every controller, CQRS handler and integration-event consumer a service's files declare, with its file. */
function declaredIn(service: string): Array<{ type: Type; file: string; controller: boolean }> {
  return filesOf(join(APPS, service, 'src')).flatMap((file) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- found by the naming rule
    Object.values(require(file) as Record<string, unknown>)
      .filter((value): value is Type => typeof value === 'function' && value.prototype !== undefined)
      .filter((type) => isController(type) || isCqrsHandler(type) || consumesIntegrationEvents(type))
      .map((type) => ({ type, file: relative(APPS, file), controller: isController(type) })),
  );
}

const providedClass = (provider: Provider): unknown =>
  typeof provider === 'function' ? provider : 'useClass' in provider ? provider.useClass : undefined;

/**
 * ADR 66: a use case is one folder plus one line in its context's `*.parts.ts`. This is what
 * fails when the line is forgotten: every controller, command or query handler and integration
 * event consumer in a service's `*.controller.ts`, `*.handler.ts` and `*.projection.ts` files
 * must be in its module, the controllers as controllers and the rest as providers.
 */
describe.each(SERVICES.map((service) => [service.name, service] as const))(
  'the %s module registers every slice',
  (name, service) => {
    it(`module_Of_${name}_RegistersEveryControllerHandlerAndConsumerItsFilesDeclare`, () => {
      const module = service.module({ databaseUrl: 'postgres://unused/slices', outbox: service.outbox });
      const controllers = new Set<unknown>(module.controllers ?? []);
      const providers = new Set((module.providers ?? []).map(providedClass));
      const declared = declaredIn(name);
      expect(declared.some((d) => d.controller)).toBe(true);
      expect(declared.some((d) => isCqrsHandler(d.type))).toBe(true);
      const unregistered = declared
        .filter((d) => !(d.controller ? controllers : providers).has(d.type))
        .map((d) => `${d.type.name} (${d.file})`);
      expect(unregistered).toEqual([]);
    });
  },
);
