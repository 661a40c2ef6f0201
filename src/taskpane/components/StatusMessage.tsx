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
}

export function StatusMessage({ status }: StatusMessageProps) {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} layout="multiline" role={status.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {status.title ? <MessageBarTitle>{status.title}</MessageBarTitle> : null}
        {status.text}
      </MessageBarBody>
    </MessageBar>
  );
}
