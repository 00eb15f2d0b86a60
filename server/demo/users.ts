import type { Role } from '../../shared/roles.ts';
import type { Db } from '../db/client.ts';
import { createUserWithToken } from '../db/users.ts';
import type { SellerRef } from '../domain/access.ts';

export interface DemoUser {
  name: string;
  role: Role;
  locale: string;
  token: string;
  shops: string[];
}

const shop = (seller: string): SellerRef => ({ marketplace: 'demo', seller });
const scenario = ['s-steady', 's-worsened', 's-low', 's-trial', 's-small', 's-cluster'];

/** Spreads the peers over the account managers so that each has a portfolio worth sorting. */
function portfolio(index: number, managers: number, sellerIds: readonly string[]): string[] {
  const peers = sellerIds.filter((id) => !scenario.includes(id)).filter((_, i) => i % managers === index);
  return [...scenario, ...peers];
}

/** Creates the demo users (seller, five account managers, moderator, admin) and returns their tokens. */
export async function createDemoUsers(db: Db, sellerIds: readonly string[]): Promise<DemoUser[]> {
  const managers: { name: string; locale: string }[] = [
    { name: 'Camille Laurent', locale: 'fr' },
    { name: 'Jonas Becker', locale: 'de' },
    { name: 'Giulia Romano', locale: 'it' },
    { name: 'Lucía Fernández', locale: 'es' },
    { name: '王芳', locale: 'zh' },
  ];
  const specs: (Omit<DemoUser, 'token'> & { marketplaceId?: string })[] = [
    { name: 'Olena Kovalenko', role: 'seller', locale: 'uk', shops: ['s-steady', 's-worsened'] },
    ...managers.map((m, i) => ({
      ...m,
      role: 'account_manager' as const,
      shops: portfolio(i, managers.length, sellerIds),
    })),
    { name: 'Marta Nowak', role: 'moderator', locale: 'pl', shops: [], marketplaceId: 'demo' },
    { name: 'Admin', role: 'admin', locale: 'en', shops: [] },
  ];
  const created: DemoUser[] = [];
  for (const spec of specs) {
    const refs = spec.shops.map(shop);
    const { token } = await createUserWithToken(db, {
      name: spec.name,
      role: spec.role,
      locale: spec.locale,
      marketplaceId: spec.marketplaceId ?? null,
      shops: spec.role === 'seller' ? refs : [],
      assigned: spec.role === 'account_manager' ? refs : [],
    });
    created.push({ name: spec.name, role: spec.role, locale: spec.locale, token, shops: spec.shops });
  }
  return created;
}
