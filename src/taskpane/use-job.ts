import { useCallback, useState } from 'react';
import type { Status } from './components/StatusMessage';
import { usePane } from './context';
import { errorText } from './error-text';

/**
 * Run one use-case at a time from a page: `busy` while it runs, then its status sentence, or the mapped error
 * sentence when it rejects (never the raw message).
 */
export function useJob(): {
  busy: boolean;
  status: Status | null;
  setStatus: (s: Status | null) => void;
  /** How many jobs have finished: a page passes it as StatusMessage's `focusKey` to move the focus to the result. */
  done: number;
  run: (job: () => Promise<Status | null>) => Promise<void>;
} {
  const { lang } = usePane();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [done, setDone] = useState(0);
  const run = useCallback(
    async (job: () => Promise<Status | null>) => {
      setBusy(true);
      setStatus(null);
      try {
        setStatus(await job());
      } catch (err) {
        setStatus({ intent: 'error', text: errorText(err, lang) });
      } finally {
        setBusy(false);
        setDone((n) => n + 1);
      }
    },
    [lang],
  );
  return { busy, status, setStatus, done, run };
}
