import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ProblemException } from './problem-details';

function flatten(errors: ValidationError[], parent = ''): Array<{ field: string; messages: string[] }> {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Rejects unknown fields and lists every invalid field in one 400 problem document. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      ProblemException.of(400, 'validation', 'Invalid request', 'One or more fields are invalid.', {
        errors: flatten(errors),
      }),
  });
}
