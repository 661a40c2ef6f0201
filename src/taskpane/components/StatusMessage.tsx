import { useEffect, useRef } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** A page-level result: a sentence (never a raw error message) in a MessageBar of the given intent. */
export type StatusIntent = 'success' | 'error' | 'warning' | 'info';

export interface Status {
  intent: StatusIntent;
  text: string;
  title?: string;
}

export interface StatusMessageProps {
  status: Status | null;
  /**
   * Move the keyboard focus to the message each time this value changes (after an action: the result is where the
   * person and a screen reader go next). Absent: the focus stays where it is; the message is still announced
   * (role status / alert).
   */
  focusKey?: unknown;
}

export function StatusMessage({ status, focusKey }: StatusMessageProps) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey !== undefined && focusKey !== null && focusKey !== 0) bar.current?.focus();
  }, [focusKey]);
  if (!status) return null;
  return (
    <MessageBar ref={bar} tabIndex={-1} intent={status.intent} layout="multiline" role={status.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {status.title ? <MessageBarTitle>{status.title}</MessageBarTitle> : null}
        {status.text}
      </MessageBarBody>
    </MessageBar>
  );
}
