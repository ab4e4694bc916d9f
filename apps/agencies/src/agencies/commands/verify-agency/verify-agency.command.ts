import { AgencyStatusCommand } from '../agency-status-change.util';

/** PENDING_VERIFICATION → ACTIVE; the applicant becomes the first agency-admin. */
export class VerifyAgencyCommand extends AgencyStatusCommand {}
