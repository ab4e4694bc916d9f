import { Injectable, type PipeTransform } from '@nestjs/common';
import { MaturityRuleViolation } from '../maturity-rule.violation';
import { FRAMEWORK_ERRORS } from './domain/framework.errors';

const FRAMEWORK_ID = /^[a-z0-9][a-z0-9.\-]{0,63}$/;

/** A framework id in a path that cannot be one names nothing: 404, like an unknown one. */
@Injectable()
class FrameworkIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!FRAMEWORK_ID.test(value))
      throw new MaturityRuleViolation(FRAMEWORK_ERRORS.notFound, 'No such framework.');
    return value;
  }
}

export const frameworkIdParam = () => new FrameworkIdPipe();
