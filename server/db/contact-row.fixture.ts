/** A contact row as the importer maps it, for the encoding tests. */
export const contactRow = (id: string, text: string | null) => ({
  marketplaceId: 'm',
  id,
  sellerId: 's',
  orderId: null,
  channel: 'chat',
  createdAt: new Date('2026-10-01T10:00:00Z'),
  firstResponseAt: null,
  text,
});
