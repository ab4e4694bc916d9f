import type { MemberStateData } from '@csg/contracts';
import type { MemberRole, MemberState } from '../domain/member.aggregate';
import type { MemberOrmEntity } from './member.orm-entity';

export function memberFromRow(row: MemberOrmEntity): MemberState {
  return {
    ...row,
    role: row.role as MemberRole,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

/** The membership's full current state as every member event carries it. */
export function memberStateData(state: Readonly<MemberState>): MemberStateData {
  return {
    memberId: state.id,
    agencyId: state.agencyId,
    sub: state.sub,
    email: state.email,
    displayName: state.displayName,
    title: state.title,
    role: state.role,
    version: state.version,
    occurredAt: state.updatedAt.toISOString(),
  };
}
