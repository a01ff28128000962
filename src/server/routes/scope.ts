/**
 * Every read and write of a client's data goes through here: a trainer reaches only the clients they created, a
 * client account only the client record it is linked to. Anything else is "not found" (404), never "forbidden",
 * so ids of other accounts' clients cannot be probed.
 */
import type { Kysely } from 'kysely';
import type { Caller } from '../auth/authenticate.js';
import type { ClientRow, Database } from '../db/schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return UUID.test(text);
}

export function visibleClients(db: Kysely<Database>, caller: Caller) {
  return db
    .selectFrom('client')
    .where(caller.role === 'trainer' ? 'client.trainer_id' : 'client.account_id', '=', caller.id);
}

export async function findVisibleClient(
  db: Kysely<Database>,
  caller: Caller,
  clientId: string,
): Promise<ClientRow | undefined> {
  if (!isUuid(clientId)) return undefined;
  return visibleClients(db, caller).selectAll().where('client.id', '=', clientId).executeTakeFirst();
}

export const NOT_FOUND = { error: 'Not found.' } as const;
