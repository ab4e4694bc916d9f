import type { RegisterAgencyProps } from '../../domain/agency.aggregate';

export class RegisterAgencyCommand {
  constructor(readonly props: RegisterAgencyProps) {}
}
