import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { usePane } from '../context';

export interface ReplaceDialogProps {
  open: boolean;
  title: string;
  /** The question: what will be replaced (and what is kept). */
  text: string;
  onCancel: () => void;
  onReplace: () => void;
  /** A third way out, between 取消 and 替换 (the summary's 另建新表). */
  other?: { label: string; onClick: () => void };
}

/**
 * The question before the add-in replaces its own sheets (the summary's, the ledger's): 取消 first and primary, so the
 * safe choice has the focus; 替换 deletes sheets and is never the default.
 */
export function ReplaceDialog({ open, title, text, onCancel, onReplace, other }: ReplaceDialogProps) {
  const { s } = usePane();
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{text}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" autoFocus onClick={onCancel}>
              {s.cancel}
            </Button>
            {other ? <Button onClick={other.onClick}>{other.label}</Button> : null}
            <Button onClick={onReplace}>{s.replace}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
