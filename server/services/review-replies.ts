import { randomUUID } from 'node:crypto';
import type { EventOf } from '../../shared/events.ts';
import type { Ingest } from '../ingest/ingest.ts';

/**
 * A seller's public reply to a review, stored as a `review_comment` event through the ingest path like any
 * other source's, so the seller is re-scored (a commented negative counts as resolved).
 */
export async function postReviewReply(
  ingest: Ingest,
  reply: { marketplace: string; reviewId: string; text: string; now: Date },
): Promise<string> {
  const event: EventOf<'review_comment'> = {
    type: 'review_comment',
    marketplace: reply.marketplace,
    id: `c-web-${randomUUID()}`,
    review: reply.reviewId,
    createdAt: reply.now.toISOString(),
    text: reply.text,
  };
  await ingest.events([event]);
  return event.id;
}
