import { useLayoutEffect, useRef, useState } from 'react';
import { Button, Field, Text, Textarea, makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import { usePane } from '../context';
import { fill } from '../strings';
import { copyText } from '../../browser/clipboard';
import { usePrintStyles } from '../styles';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  area: { width: '100%', '& textarea': { overflowY: 'hidden', maxHeight: 'none' } },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface CopyTextProps {
  /** The field's label (催报提醒, 退回修改 · 区卫健局 …). */
  label: string;
  text: string;
}

/**
 * A ready-to-paste text: a read-only box as high as its text (no scrolling inside it, nothing hidden when printed)
 * and a 复制 button. When the clipboard is refused, the text is selected instead and the pane says to press Ctrl+C.
 */
export function CopyText({ label, text }: CopyTextProps) {
  const { s } = usePane();
  const styles = useStyles();
  const print = usePrintStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = useState('');
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [text]);
  const copy = async () => {
    const el = area.current;
    const how = await copyText(text, el);
    setSaid(how === 'copied' ? s.desk.copied : s.desk.copySelected);
  };
  return (
    <div className={styles.box}>
      <Field label={label}>
        <Textarea ref={area} readOnly value={text} resize="none" rows={2} className={styles.area} />
      </Field>
      <div className={mergeClasses(styles.row, print.noPrint)}>
        <Button size="small" onClick={() => void copy()} aria-label={fill(s.desk.copyNamed, { label })}>
          {s.desk.copy}
        </Button>
        <Text size={200} aria-live="polite">
          {said}
        </Text>
      </div>
    </div>
  );
}
