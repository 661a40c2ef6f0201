import { useRef } from 'react';
import { Button, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  input: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface SpecFileButtonProps {
  /** Button text. */
  label: string;
  /** The input's `accept` (e.g. ".txt,.docx"). */
  accept: string;
  /** id of the native file input (for tests and end-to-end drivers). */
  inputId: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

/**
 * A button that chooses one file (keyboard: Tab then Enter or Space). The native input stays in the page, visually
 * hidden, so browsers and test drivers can set a file on it; choosing the same file again works (the value is reset).
 */
export function SpecFileButton({ label, accept, inputId, disabled, onFile }: SpecFileButtonProps) {
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
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <Button disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
