import { Controller, Injectable } from '@nestjs/common';
import { composeParts, contextParts } from './context-parts';

@Controller('things')
class RegisterThingController {}
@Injectable()
class RegisterThingHandler {}
@Controller('things')
class ListThingsController {}
@Injectable()
class ListThingsHandler {}
@Injectable()
class RenumberThingsHandler {}
abstract class ThingRepository {}
@Injectable()
class SqlThingRepository extends ThingRepository {}
@Controller('other')
class OtherController {}

describe('contextParts', () => {
  it('contextParts_UseCaseLines_ControllersInLineOrderAndTheRestAsProvidersAfterTheSharedOnes', () => {
    const repository = { provide: ThingRepository, useClass: SqlThingRepository };
    const parts = contextParts({
      useCases: [
        [RegisterThingController, RegisterThingHandler],
        [ListThingsController, ListThingsHandler],
        [RenumberThingsHandler],
      ],
      providers: [repository],
    });
    expect(parts.controllers).toEqual([RegisterThingController, ListThingsController]);
    expect(parts.providers).toEqual([
      repository,
      RegisterThingHandler,
      ListThingsHandler,
      RenumberThingsHandler,
    ]);
  });

  it('composeParts_SeveralContexts_KeepsTheOrderTheyAreGiven', () => {
    const things = contextParts({ useCases: [[RegisterThingController, RegisterThingHandler]] });
    const other = contextParts({ useCases: [[OtherController]], providers: [SqlThingRepository] });
    expect(composeParts(things, other)).toEqual({
      controllers: [RegisterThingController, OtherController],
      providers: [RegisterThingHandler, SqlThingRepository],
    });
  });
});
