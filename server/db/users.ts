import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../shared/roles.ts';
import { hashToken, newId, newToken } from '../auth/tokens.ts';
import type { Caller, SellerRef, SellerTie } from '../domain/access.ts';
import type { Db } from './client.ts';
import { queryRows } from './query.ts';
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

/** The caller's tie to one seller, and whether that seller exists, in one round trip. */
export async function sellerTie(db: Db, caller: Caller, target: SellerRef): Promise<SellerTie> {
  const rows = await queryRows<{ exists: boolean; is_member: boolean; is_assigned: boolean }>(
    db,
    sql`SELECT
      EXISTS (SELECT 1 FROM sellers WHERE marketplace_id = ${target.marketplace} AND id = ${target.seller}) AS exists,
      EXISTS (SELECT 1 FROM seller_members WHERE user_id = ${caller.id} AND marketplace_id = ${target.marketplace}
        AND seller_id = ${target.seller}) AS is_member,
      EXISTS (SELECT 1 FROM manager_assignments WHERE user_id = ${caller.id}
        AND marketplace_id = ${target.marketplace} AND seller_id = ${target.seller}) AS is_assigned`,
  );
  const row = rows[0];
  return { exists: row?.exists === true, isMember: row?.is_member === true, isAssigned: row?.is_assigned === true };
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
