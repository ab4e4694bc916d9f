import type { MemberState } from '../domain/member.aggregate';

/** A member as the API shows it (timestamps ISO 8601 UTC). */
export interface MemberView {
  id: string;
  agencyId: string;
  sub: string;
  email: string;
  displayName: string;
  title: string | null;
  role: MemberState['role'];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toMemberView(state: Readonly<MemberState>): MemberView {
  return {
    id: state.id,
    agencyId: state.agencyId,
    sub: state.sub,
    email: state.email,
    displayName: state.displayName,
    title: state.title,
    role: state.role,
    version: state.version,
    createdAt: state.createdAt.toISOString(),
    updatedAt: state.updatedAt.toISOString(),
  };
}
