/**
 * A form's error line, set from the core's checks: `passes(() => checkSettings(s))` is true when the check passes
 * (the error is cleared); otherwise the check's message becomes the error and it is false.
 */
import { useState } from 'react';
import { errorText } from './format.js';

export function useEntryCheck() {
  const [error, setError] = useState('');
  const passes = (check: () => void): boolean => {
    try {
      check();
    } catch (err) {
      setError(errorText(err));
      return false;
    }
    setError('');
    return true;
  };
  return { error, setError, passes };
}
