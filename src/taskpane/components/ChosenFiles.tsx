import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../context';
import { fill } from '../strings';
import { usePageStyles } from '../styles';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { flex: '1 1 auto', minWidth: 0, overflowWrap: 'anywhere' },
  remove: { flexShrink: 0 },
});

export interface ChosenFilesProps {
  files: readonly File[];
  disabled?: boolean;
  /** Remove the file at this index from the set. */
  onRemove: (index: number) => void;
}

/** The files chosen so far (in several goes), each with a 移除 button; nothing when none is chosen. */
export function ChosenFiles({ files, disabled, onRemove }: ChosenFilesProps) {
  const { s } = usePane();
  const styles = useStyles();
  const page = usePageStyles();
  if (files.length === 0) return null;
  return (
    <section className={page.section} aria-labelledby="chosen-files-heading">
      <h2 id="chosen-files-heading" className={page.heading}>
        {fill(s.desk.chosenFiles, { n: files.length })}
      </h2>
      <ul className={styles.list}>
        {files.map((f, i) => (
          <li key={`${f.name}|${f.size}|${f.lastModified}`} className={styles.item}>
            <span className={styles.name}>{f.name}</span>
            <Button size="small" appearance="subtle" className={styles.remove} disabled={disabled} onClick={() => onRemove(i)} aria-label={fill(s.desk.removeFile, { file: f.name })}>
              ✕
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
