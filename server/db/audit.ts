import { newId } from '../auth/tokens.ts';
import type { Db } from './client.ts';
import { auditLog } from './schema.ts';

export async function audit(
  db: Db,
  entry: {
    marketplace: string | null;
    seller: string | null;
    actor: string | null;
    action: string;
    subject?: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await db.insert(auditLog).values({
    id: newId('a'),
    marketplaceId: entry.marketplace,
    sellerId: entry.seller,
    actorUserId: entry.actor,
    action: entry.action,
    subject: entry.subject ?? null,
    details: entry.details ?? {},
  });
}
