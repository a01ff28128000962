/**
 * A trainer's clients: add one (and read out its invite code), open its history. A client account enters its
 * trainer's invite code here and then sees its own record.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { TableScroll } from '../../components/TableScroll.js';
import {
  acceptInvite,
  addClient,
  listClients,
  type Account,
  type ClientRecord,
} from '../../lib/api-client.js';
import { Feedback, messageOf } from './feedback.js';
import { clientHref } from './trainer-route.js';

export function ClientsPage({ account }: { account: Account }) {
  const [clients, setClients] = useState<readonly ClientRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const isTrainer = account.role === 'trainer';

  const reload = useCallback(() => {
    listClients()
      .then(setClients)
      .catch((e: unknown) => setError(messageOf(e)));
  }, []);
  useEffect(reload, [reload]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = String(new FormData(form).get('value') ?? '').trim();
    setError(null);
    setNotice(null);
    try {
      if (isTrainer) {
        const added = await addClient(value);
        setNotice(
          `${value} added. Their invite code is ${added.inviteCode}: give it to them to link their account.`,
        );
      } else {
        await acceptInvite(value);
        setNotice('Linked to your trainer. You can now send them your sets.');
      }
      form.reset();
      reload();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section aria-labelledby="clients-title">
      <h2 id="clients-title">{isTrainer ? 'Your clients' : 'Your trainer'}</h2>
      <form onSubmit={(e) => void submit(e)} className="row">
        <label>
          {isTrainer ? 'New client’s name' : 'Invite code from your trainer'}
          <input name="value" type="text" required maxLength={isTrainer ? 200 : 64} autoComplete="off" />
        </label>
        <button type="submit" className="primary">
          {isTrainer ? 'Add client' : 'Link to my trainer'}
        </button>
      </form>
      <Feedback ok={notice} error={error} />
      {clients === null && error === null && <p role="status">Loading…</p>}
      {clients !== null && clients.length === 0 && (
        <p>
          {isTrainer
            ? 'No clients yet: add one above.'
            : 'Not linked yet: enter the code your trainer gave you.'}
        </p>
      )}
      {clients !== null && clients.length > 0 && (
        <TableScroll label="Clients">
          <table data-testid="client-list">
            <caption>{isTrainer ? 'Clients' : 'Your record'}</caption>
            <thead>
              <tr>
                <th>Name</th>
                <th>Account</th>
                <th>Added</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.id}>
                  <td>
                    <a href={clientHref(c.id)}>{c.name}</a>
                  </td>
                  <td>
                    {c.linked ? (
                      'linked'
                    ) : c.inviteCode !== undefined ? (
                      <>
                        invite code <span className="invite">{c.inviteCode}</span>
                      </>
                    ) : (
                      'not linked'
                    )}
                  </td>
                  <td>{new Date(c.createdAt).toLocaleDateString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
