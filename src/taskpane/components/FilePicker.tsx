import { useState, type DragEvent } from 'react';
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { usePane } from '../context';
import { fill } from '../strings';
import { FileButton } from './FileButton';

/** Workbook types the pickers accept (.xlsx, .xlsm, .xls, .ods, .et of WPS). */
export const WORKBOOK_ACCEPT = '.xlsx,.xlsm,.xls,.ods,.et,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  over: { backgroundColor: tokens.colorBrandBackground2, border: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}` },
  name: { overflowWrap: 'anywhere' },
});

export interface FilePickerProps {
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  /** Files chosen so far (shown under the button). */
  chosen: readonly File[];
  /** id of the file input (for tests and end-to-end drivers). */
  inputId: string;
  /** The button's text; default 选择文件… / 选择多个文件…. */
  label?: string;
}

/**
 * Choose workbook files with a button (keyboard: Tab then Enter or Space) or by dropping them on the zone. The
 * native input stays in the page, visually hidden, so browsers and test drivers can set files on it.
 */
export function FilePicker({ multiple, disabled, onFiles, chosen, inputId, label }: FilePickerProps) {
  const { s } = usePane();
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const take = (files: File[]) => {
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files ? Array.from(e.dataTransfer.files) : []);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <FileButton
        label={label ?? (multiple ? s.chooseFiles : s.chooseFile)}
        accept={WORKBOOK_ACCEPT}
        inputId={inputId}
        multiple={multiple}
        disabled={disabled}
        onFiles={take}
      />
      <Text size={200}>{s.dropHere}</Text>
      <Text size={200} className={styles.name} aria-live="polite">
        {chosen.length === 0 ? s.noFile : chosen.length === 1 ? chosen[0].name : fill(s.filesChosen, { n: chosen.length })}
      </Text>
    </div>
  );
}
