import { createHash } from 'node:crypto';

/** An email or a phone number as the buyer may type it, reduced to one form: "Ann@Mail.COM " → "ann@mail.com",
 * "+38 (050) 123-45-67" → "380501234567". Null when it is neither. */
export function normalizeContact(raw: string): { kind: 'email' | 'phone'; value: string } | null {
  const value = raw.trim();
  if (value.includes('@'))
    return /^[^\s@]+@[^\s@]+$/.test(value) ? { kind: 'email', value: value.toLowerCase() } : null;
  const digits = value.replace(/\D/g, '');
  return digits.length >= 5 && digits.length <= 20 ? { kind: 'phone', value: digits } : null;
}

/** What is stored of a buyer's contact: a SHA-256, so a leaked table holds no emails or phones in clear. */
export function contactHash(kind: 'email' | 'phone', normalized: string): string {
  return createHash('sha256').update(`sellerlens-buyer:${kind}:${normalized}`).digest('hex');
}

/** The hashes of an order event's buyer contacts, as the orders table keeps them. */
export function buyerHashes(buyer: { email?: string | null; phone?: string | null } | null | undefined): {
  buyerEmailHash: string | null;
  buyerPhoneHash: string | null;
} {
  const email = buyer?.email ? normalizeContact(buyer.email) : null;
  const phone = buyer?.phone ? normalizeContact(buyer.phone) : null;
  return {
    buyerEmailHash: email?.kind === 'email' ? contactHash('email', email.value) : null,
    buyerPhoneHash: phone?.kind === 'phone' ? contactHash('phone', phone.value) : null,
  };
}
