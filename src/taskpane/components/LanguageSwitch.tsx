import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n/catalogue';
import { STRINGS } from '../strings';

const useStyles = makeStyles({ field: { maxWidth: '12rem' } });

export interface LanguageSwitchProps {
  lang: Lang;
  onChange: (lang: Lang) => void;
}

/** 语言 · Language: 中文 / English (each choice in its own language, so either reader finds it). */
export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  const s = STRINGS[lang];
  return (
    <Field label={s.desk.language} className={styles.field} size="small">
      <Select size="small" value={lang} onChange={(_, d) => onChange(d.value as Lang)}>
        <option value="zh-CN" lang="zh-CN">
          {STRINGS['zh-CN'].desk.langZh}
        </option>
        <option value="en-US" lang="en-US">
          {STRINGS['en-US'].desk.langEn}
        </option>
      </Select>
    </Field>
  );
}
