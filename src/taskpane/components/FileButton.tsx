import { useRef } from 'react';
import { Button, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  input: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface FileButtonProps {
  /** Button text. */
  label: string;
  /** The input's `accept` (e.g. ".txt,.docx"). */
  accept: string;
  /** id of the native file input (for tests and end-to-end drivers). */
  inputId: string;
  /** Let the person choose several files at once. */
  multiple?: boolean;
  disabled?: boolean;
  /** Called with the chosen files (one or more; never with none). */
  onFiles: (files: File[]) => void;
}

/**
 * A button that chooses files (keyboard: Tab then Enter or Space). The native input stays in the page, visually
 * hidden, so browsers and test drivers can set files on it; choosing the same file again works (the value is reset).
 */
export function FileButton({ label, accept, inputId, multiple, disabled, onFiles }: FileButtonProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        id={inputId}
        ref={input}
        className={styles.input}
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <Button disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
