import { and, eq, isNull } from 'drizzle-orm';
import type { Role } from '../../shared/roles.ts';
import { hashToken, newId, newToken } from '../auth/tokens.ts';
import type { Caller, SellerRef, SellerTie } from '../domain/access.ts';
import type { Db } from './client.ts';
import { apiTokens, managerAssignments, sellerMembers, users } from './schema.ts';

export async function findCallerByToken(db: Db, token: string): Promise<Caller | null> {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      locale: users.locale,
      marketplaceId: users.marketplaceId,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), isNull(users.disabledAt)))
    .limit(1);
  const row = rows[0];
  return row ? { ...row, role: row.role as Role } : null;
}

export async function sellerTie(db: Db, caller: Caller, target: SellerRef): Promise<SellerTie> {
  const where = (table: typeof sellerMembers | typeof managerAssignments) =>
    and(eq(table.userId, caller.id), eq(table.marketplaceId, target.marketplace), eq(table.sellerId, target.seller));
  const [member, assigned] = await Promise.all([
    caller.role === 'seller'
      ? db.select({ u: sellerMembers.userId }).from(sellerMembers).where(where(sellerMembers)).limit(1)
      : [],
    caller.role === 'account_manager'
      ? db.select({ u: managerAssignments.userId }).from(managerAssignments).where(where(managerAssignments)).limit(1)
      : [],
  ]);
  return { isMember: member.length > 0, isAssigned: assigned.length > 0 };
}

export interface NewUser {
  name: string;
  role: Role;
  locale?: string;
  marketplaceId?: string | null;
  shops?: SellerRef[];
  assigned?: SellerRef[];
}

/** Creates a user with one token and returns the token in clear text (the only time it exists). */
export async function createUserWithToken(
  db: Db,
  user: NewUser,
  label = 'default',
): Promise<{ id: string; token: string }> {
  const id = newId('u');
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(users).values({
      id,
      name: user.name,
      role: user.role,
      locale: user.locale ?? 'en',
      marketplaceId: user.marketplaceId ?? null,
    });
    await tx.insert(apiTokens).values({ tokenHash: hashToken(token), userId: id, label });
    const shops = (user.shops ?? []).map((s) => ({ userId: id, marketplaceId: s.marketplace, sellerId: s.seller }));
    if (shops.length) await tx.insert(sellerMembers).values(shops);
    const assigned = (user.assigned ?? []).map((s) => ({
      userId: id,
      marketplaceId: s.marketplace,
      sellerId: s.seller,
    }));
    if (assigned.length) await tx.insert(managerAssignments).values(assigned);
  });
  return { id, token };
}

export async function shopsOf(db: Db, userId: string): Promise<SellerRef[]> {
  const rows = await db
    .select({ marketplace: sellerMembers.marketplaceId, seller: sellerMembers.sellerId })
    .from(sellerMembers)
    .where(eq(sellerMembers.userId, userId));
  return rows;
}
