import { AgencyStatusCommand } from '../agency-status-change.util';

/** ACTIVE → SUSPENDED. */
export class SuspendAgencyCommand extends AgencyStatusCommand {}
