import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ANONYMOUS, type Principal } from '../principal';

export interface RequestWithPrincipal {
  principal?: Principal;
}

/** The authenticated caller of this request (anonymous when there is none). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    return context.switchToHttp().getRequest<RequestWithPrincipal>().principal ?? ANONYMOUS;
  },
);
