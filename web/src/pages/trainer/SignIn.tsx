/** Log in, or create a trainer or client account (then logged in straight away). */
import { useState, type FormEvent } from 'react';
import { logIn, signUp, type Role } from '../../lib/api-client.js';
import { Feedback, messageOf } from './feedback.js';

export function SignIn() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [role, setRole] = useState<Role>('trainer');

  const run = async (event: FormEvent<HTMLFormElement>, signingUp: boolean) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    setBusy(true);
    setError(null);
    try {
      if (signingUp) await signUp(email, password, role);
      await logIn(email, password);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="signin-title">
      <h2 id="signin-title">Trainers and clients</h2>
      <Feedback error={error} />
      <div className="panels">
        <form className="panel" onSubmit={(e) => void run(e, false)} aria-labelledby="login-title">
          <h3 id="login-title">Log in</h3>
          <Credentials newPassword={false} />
          <p>
            <button type="submit" className="primary" disabled={busy}>
              Log in
            </button>
          </p>
        </form>
        <form className="panel" onSubmit={(e) => void run(e, true)} aria-labelledby="signup-title">
          <h3 id="signup-title">Create an account</h3>
          <Credentials newPassword />
          <fieldset>
            <legend>I am</legend>
            <label className="radio">
              <input
                type="radio"
                name="role"
                checked={role === 'trainer'}
                onChange={() => setRole('trainer')}
              />
              a trainer or physio
            </label>{' '}
            <label className="radio">
              <input
                type="radio"
                name="role"
                checked={role === 'client'}
                onChange={() => setRole('client')}
              />
              a client of a trainer
            </label>
          </fieldset>
          <p>
            <button type="submit" className="primary" disabled={busy}>
              Create account
            </button>
          </p>
        </form>
      </div>
    </section>
  );
}

function Credentials({ newPassword }: { newPassword: boolean }) {
  return (
    <div className="row">
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {newPassword ? 'Password (8 characters or more)' : 'Password'}
        <input
          name="password"
          type="password"
          autoComplete={newPassword ? 'new-password' : 'current-password'}
          minLength={newPassword ? 8 : undefined}
          required
        />
      </label>
    </div>
  );
}
