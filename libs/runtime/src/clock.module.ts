import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '@csg/domain';

/** The time every handler of the process reads (`Clock` from libs/domain; tests give their own). */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
