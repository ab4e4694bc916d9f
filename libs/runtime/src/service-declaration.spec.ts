import { Module } from '@nestjs/common';
import { AgencyRegistered } from '@csg/contracts';
import { outboxMapping } from '@csg/messaging';
import { defineService, serviceRegistry } from './service-declaration';

@Module({})
class EmptyModule {}

class SomethingHappened {}

const declare = (name: string, extra: Partial<Parameters<typeof defineService>[0]> = {}) =>
  defineService({
    name,
    title: `${name} service`,
    migrations: [],
    module: () => ({ module: EmptyModule }),
    ...extra,
  });

describe('defineService', () => {
  it('defineService_DerivesTopicConsumerGroupDatabaseAndEventsFromTheName', () => {
    const maturity = declare('maturity');
    expect(maturity).toMatchObject({
      topic: 'csg.maturity',
      consumerGroup: 'csg.maturity',
      database: 'csg_maturity',
      errorStatuses: {},
    });
    expect(declare('agencies').events.map((e) => e.type)).toContain('csg.agencies.agency.registered.v1');
  });

  it('defineService_WhenTheNameIsNotLowerCaseKebab_Refuses', () => {
    expect(() => declare('Maturity')).toThrow(/lower-case kebab/);
    expect(() => declare('../etc')).toThrow(/lower-case kebab/);
  });

  it('defineService_WhenTheOutboxPublishesOnAnotherServicesTopic_Refuses', () => {
    const outbox = outboxMapping().on(SomethingHappened, AgencyRegistered, () => ({}));
    expect(() => declare('maturity', { outbox })).toThrow(/publishes on csg.maturity only, not csg.agencies/);
    expect(() => declare('agencies', { outbox })).not.toThrow();
  });

  it('serviceRegistry_WhenAServiceIsListedTwice_Refuses', () => {
    expect(() => serviceRegistry([declare('a'), declare('b'), declare('a')])).toThrow(/a is declared twice/);
  });
});
