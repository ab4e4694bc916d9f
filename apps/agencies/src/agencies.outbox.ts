import {
  AgencyRegistered as AgencyRegisteredV1,
  AgencyReinstated as AgencyReinstatedV1,
  AgencySnapshotted as AgencySnapshottedV1,
  AgencySuspended as AgencySuspendedV1,
  AgencyUpdated as AgencyUpdatedV1,
  AgencyVerified as AgencyVerifiedV1,
  MemberAdded as MemberAddedV1,
  MemberRemoved as MemberRemovedV1,
  MemberRoleChanged as MemberRoleChangedV1,
  MemberSnapshotted as MemberSnapshottedV1,
  MemberUpdated as MemberUpdatedV1,
} from '@csg/contracts';
import { outboxMapping } from '@csg/messaging';
import {
  AgencyRegistered,
  AgencyReinstated,
  AgencySnapshotted,
  AgencySuspended,
  AgencyUpdated,
  AgencyVerified,
} from './agencies/domain/agency.events';
import { agencyStateData } from './agencies/infrastructure/agency.mapper';
import {
  MemberAdded,
  MemberDetailsChanged,
  MemberRemoved,
  MemberRoleChanged,
  MemberSnapshotted,
} from './members/domain/member.events';
import { memberStateData } from './members/infrastructure/member.mapper';

/**
 * What the agencies service publishes for each fact its aggregates record: every event carries
 * the full current state (AgencyStateData / MemberStateData). The unit of work applies it to
 * every agency and member a repository writes, and to those `npm run agencies:resnapshot`
 * republishes (their current state again, so other services can rebuild their projections).
 */
export const AGENCIES_OUTBOX = outboxMapping()
  .on(AgencyRegistered, AgencyRegisteredV1, (fact) => agencyStateData(fact.agency))
  .on(AgencyUpdated, AgencyUpdatedV1, (fact) => agencyStateData(fact.agency))
  .on(AgencyVerified, AgencyVerifiedV1, (fact) => agencyStateData(fact.agency))
  .on(AgencySuspended, AgencySuspendedV1, (fact) => agencyStateData(fact.agency))
  .on(AgencyReinstated, AgencyReinstatedV1, (fact) => agencyStateData(fact.agency))
  .on(MemberAdded, MemberAddedV1, (fact) => memberStateData(fact.member))
  .on(MemberRoleChanged, MemberRoleChangedV1, (fact) => memberStateData(fact.member))
  .on(MemberDetailsChanged, MemberUpdatedV1, (fact) => memberStateData(fact.member))
  .on(MemberRemoved, MemberRemovedV1, (fact) => memberStateData(fact.member))
  .on(AgencySnapshotted, AgencySnapshottedV1, (fact) => agencyStateData(fact.agency))
  .on(MemberSnapshotted, MemberSnapshottedV1, (fact) => memberStateData(fact.member));
