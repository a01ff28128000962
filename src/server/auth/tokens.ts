/**
 * Bearer tokens: 32 random bytes given to the client once; only their SHA-256 is stored, with an expiry.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AccountRow, Database } from '../db/schema.js';

export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueToken(db: Kysely<Database>, accountId: string, ttlS: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('session')
    .values({
      token_sha256: tokenDigest(token),
      account_id: accountId,
      expires_at: new Date(Date.now() + ttlS * 1000),
    })
    .execute();
  return token;
}

/** The account a live token belongs to, or undefined (unknown or expired). */
export async function accountForToken(
  db: Kysely<Database>,
  token: string,
): Promise<Pick<AccountRow, 'id' | 'email' | 'role'> | undefined> {
  return db
    .selectFrom('session')
    .innerJoin('account', 'account.id', 'session.account_id')
    .select(['account.id', 'account.email', 'account.role'])
    .where('session.token_sha256', '=', tokenDigest(token))
    .where('session.expires_at', '>', new Date())
    .executeTakeFirst();
}
