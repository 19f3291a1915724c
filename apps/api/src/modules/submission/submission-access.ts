// Who may see and do what in the collection loop. A bureau account acts for its one body only; the office is a
// reviewer or admin account, or an admin API token (scripts). Analysts' and viewers' tokens are neither.
import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { ACTION_SIDE, type SubmissionAction } from '@dh/domain';
import type { Principal } from '../auth/roles';

/** `name`: who acts, as the step log records it (the account's username or the token's name). */
export type Side = { kind: 'bureau'; agencyId: number; name: string } | { kind: 'office'; name: string };

export function sideOf(p: Principal | null): Side {
  if (!p) throw new UnauthorizedException('sign in to reach submissions');
  if (p.account === 'bureau' && p.agencyId) return { kind: 'bureau', agencyId: p.agencyId, name: p.name };
  if (p.account === 'reviewer' || p.account === 'admin' || (p.account === undefined && p.role === 'admin'))
    return { kind: 'office', name: p.name };
  throw new ForbiddenException('submissions are for bureau accounts and the disclosure office (reviewers, admins)');
}

/** The body filter every submission query applies: a bureau's own body, or none for the office. */
export const scopeOf = (s: Side): number | null => (s.kind === 'bureau' ? s.agencyId : null);

export function requireBureau(s: Side): number {
  if (s.kind !== 'bureau') throw new ForbiddenException("only a bureau account fills and submits its body's report");
  return s.agencyId;
}

export function mayTake(s: Side, action: SubmissionAction): boolean {
  const side = ACTION_SIDE[action];
  return side === 'either' || side === s.kind;
}

export function requireSide(s: Side, action: SubmissionAction): void {
  if (!mayTake(s, action))
    throw new ForbiddenException(
      `${action}: only ${ACTION_SIDE[action] === 'office' ? 'the disclosure office' : 'the bureau'} may do this`,
    );
}
