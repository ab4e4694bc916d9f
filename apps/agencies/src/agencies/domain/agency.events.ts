import type { AgencyState } from './agency.aggregate';

/** Every agency fact carries the agency as it is after the change (its version included). */
abstract class AgencyFact {
  constructor(readonly agency: Readonly<AgencyState>) {}
}

/** Registered by an operator (ACTIVE) or applied for (PENDING_VERIFICATION): the status says which. */
export class AgencyRegistered extends AgencyFact {}

/** Its details or its place in the hierarchy changed. */
export class AgencyUpdated extends AgencyFact {}

/** PENDING_VERIFICATION → ACTIVE. */
export class AgencyVerified extends AgencyFact {}

/** ACTIVE → SUSPENDED. */
export class AgencySuspended extends AgencyFact {}

/** SUSPENDED → ACTIVE. */
export class AgencyReinstated extends AgencyFact {}

/** Not a change: its current state published again on request (npm run agencies:resnapshot). */
export class AgencySnapshotted extends AgencyFact {}

export type AgencyEvent =
  AgencyRegistered | AgencyUpdated | AgencyVerified | AgencySuspended | AgencyReinstated | AgencySnapshotted;
