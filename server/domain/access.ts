import type { Role } from '../../shared/roles.ts';

/** Who is calling, as the authorization rules need it. */
export interface Caller {
  id: string;
  name: string;
  role: Role;
  locale: string;
  /** A moderator's marketplace. */
  marketplaceId: string | null;
}

export interface SellerRef {
  marketplace: string;
  seller: string;
}

/** Facts about the caller's tie to one seller, looked up by the data layer. */
export interface SellerTie {
  /** The seller is stored (a caller who may see it learns that it does not exist; nobody else does). */
  exists: boolean;
  isMember: boolean;
  isAssigned: boolean;
}

/**
 * A seller sees only its own shops, an account manager only the sellers assigned to them, a moderator
 * only its marketplace; an admin sees everything.
 */
export function maySeeSeller(caller: Caller, target: SellerRef, tie: SellerTie): boolean {
  switch (caller.role) {
    case 'admin':
      return true;
    case 'moderator':
      return caller.marketplaceId === target.marketplace;
    case 'account_manager':
      return tie.isAssigned;
    case 'seller':
      return tie.isMember;
  }
}

/** Events may be ingested by an admin, or by a moderator for its own marketplace (not marketplaces). */
export function mayIngest(caller: Caller, events: readonly { type: string; marketplace?: string }[]): string | null {
  if (caller.role === 'admin') return null;
  if (caller.role !== 'moderator') return 'only moderators and admins may ingest events';
  const foreign = events.findIndex((e) => e.type === 'marketplace' || e.marketplace !== caller.marketplaceId);
  return foreign === -1 ? null : `events.${foreign}: outside your marketplace`;
}
