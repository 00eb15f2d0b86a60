import { createHash, randomBytes } from 'node:crypto';

/** A bearer token: 256 random bits, shown once; only its SHA-256 is stored. */
export function newToken(): string {
  return `sl_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
