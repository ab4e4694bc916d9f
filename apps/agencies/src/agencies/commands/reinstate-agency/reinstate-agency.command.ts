import { AgencyStatusCommand } from '../agency-status-change.util';

/** SUSPENDED → ACTIVE. */
export class ReinstateAgencyCommand extends AgencyStatusCommand {}
