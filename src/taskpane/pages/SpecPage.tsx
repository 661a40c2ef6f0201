import { useMemo, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { LINZI_2026 } from '../../core/spec/linzi-2026';
import { parseNotice, type NoticeFinding } from '../../core/spec/parse-notice';
import { otherFindings, reviewPoints } from '../../core/spec/review';
import { parseTemplateSpec, type SpecDraft } from '../../core/spec/schema';
import { sameSubstance } from '../../core/spec/substance';
import { FileButton } from '../components/FileButton';
import { SpecItemCard } from '../components/SpecItemCard';
import { StatusMessage } from '../components/StatusMessage';
import { usePane } from '../context';
import { fill } from '../strings';
import { usePageStyles } from '../styles';
import { useJob } from '../use-job';
import { addTarget, removeTarget, renameItem, setCoordinator, setItemUnits, setYear, targetTextOf, tidySpec, updateTarget, type TargetPatch } from '../../core/spec/edit';
import { NOTICE_ACCEPT, NoticeFileError, SPEC_ACCEPT, downloadSpec, readNoticeFile, readSpecFile } from '../../browser/spec-files';
import { isEmbeddedSpec } from '../usecases/spec-store';
import { specProblemLines } from '../../core/spec/problems';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** A list of lines under a sentence, in a MessageBar (parser findings, schema problems). */
function LinesMessage({ intent, title, lines }: { intent: 'warning' | 'error'; title: string; lines: string[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * 清单 (issue 6): from a notice's text to the template spec. Paste the notice or choose its .txt / .docx file, 解析
 * (parseNotice), review and correct the items (name, 责任单位) and targets (value, measure, requirement, kind; delete a
 * wrong one; name what a target counts; add a missed target) with the parser's findings listed, then 使用此清单 —
 * offered only when the list has items and `parseTemplateSpec` accepts it (its problems listed in the pane's
 * language) — makes it the active spec (kept in the workbook inside Excel, in localStorage in a browser); a list with
 * the same substance as the built-in one (`sameSubstance`) keeps the built-in list. Also 恢复内置清单, 导出清单 (.json) and
 * 导入清单 (a .json spec, shown for review first).
 */
export function SpecPage() {
  const { s, lang, spec: active, setSpec, host } = usePane();
  const styles = usePageStyles();
  const own = useStyles();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<SpecDraft | null>(null);
  const [findings, setFindings] = useState<NoticeFinding[]>([]);
  const [problems, setProblems] = useState<{ title: string; lines: string[] } | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  /** Ids of targets added by hand: their text follows their requirement, value and measure. */
  const [handTargets, setHandTargets] = useState<string[]>([]);
  /** The draft as it would be used, checked: 使用此清单 is offered only when it has items and passes. */
  const checked = useMemo(() => (draft ? parseTemplateSpec(tidySpec(draft)) : undefined), [draft]);
  const usable = !!draft && draft.items.length > 0 && !!checked?.ok;
  const { busy, status, setStatus, run } = useJob();

  const show = (spec: SpecDraft, found: NoticeFinding[]) => {
    setDraft(spec);
    setFindings(found);
    setProblems(null);
    setAdded([]);
    setHandTargets([]);
  };
  const parse = (notice: string) => {
    const result = parseNotice(notice);
    show(result.spec, result.findings);
    setStatus(null);
  };
  const chooseNotice = (file: File) =>
    run(async () => {
      try {
        const notice = await readNoticeFile(file);
        setText(notice);
        parse(notice);
        return null;
      } catch (err) {
        if (err instanceof NoticeFileError) {
          const text = { 'notice-empty': s.spec.noticeEmpty, 'notice-not-docx': s.spec.noticeNotDocx, 'notice-not-pdf': s.spec.noticeNotPdf, 'notice-scanned': s.spec.noticeScanned }[err.code];
          return { intent: 'error', text };
        }
        throw err;
      }
    }).then(() => undefined);
  const chooseSpec = (file: File) =>
    run(async () => {
      const parsed = await readSpecFile(file);
      if (!parsed.ok) {
        setProblems({ title: s.spec.importInvalid, lines: specProblemLines(parsed.errors, lang) });
        return null;
      }
      show(parsed.spec, []);
      return { intent: 'info', text: s.spec.imported };
    });
  const use = () =>
    run(async () => {
      if (!draft || !checked) return null;
      if (!checked.ok) return null;
      setProblems(null);
      if (sameSubstance(checked.spec, LINZI_2026)) {
        // The built-in list in other words: keep it, so templates made from it never differ in version.
        await setSpec(LINZI_2026);
        return { intent: 'info', text: fill(s.spec.sameAsBuiltin, { title: LINZI_2026.listTitle }) };
      }
      const { kept } = await setSpec(checked.spec);
      const title = checked.spec.listTitle;
      if (!kept) return { intent: 'warning', text: fill(s.spec.usedNotKept, { title }) };
      return { intent: 'success', text: fill(host.workbook ? s.spec.usedInWorkbook : s.spec.usedInBrowser, { title }) };
    });
  const restore = () =>
    run(async () => {
      await setSpec(LINZI_2026);
      return { intent: 'success', text: fill(s.spec.restored, { title: LINZI_2026.listTitle }) };
    });
  const exportSpec = () =>
    run(async () => {
      const { fileName } = downloadSpec(draft ? tidySpec(draft) : active);
      return { intent: 'success', text: fill(s.spec.exported, { file: fileName }) };
    });

  const edit = (f: (spec: SpecDraft) => SpecDraft) => setDraft((d) => (d ? f(d) : d));
  /** Correct a target; a target added by hand gets its text again from its requirement, value and measure. */
  const patchTarget = (id: string, patch: TargetPatch) =>
    edit((d) => {
      const next = updateTarget(d, id, patch);
      if (!handTargets.includes(id)) return next;
      const t = next.items.flatMap((i) => i.targets).find((x) => x.id === id);
      return t ? updateTarget(next, id, { text: targetTextOf(t) }) : next;
    });
  const heading = !draft || draft.items.length === 0 || /^（未注明）$|^\s*$/.test(draft.listTitle)
    ? s.spec.unrecognized
    : draft.year === undefined
      ? draft.listTitle
      : fill(s.spec.parsedTitle, { title: draft.listTitle, year: draft.year });
  /** Why 使用此清单 is not offered yet, in the pane's words. */
  const blockers = !draft ? [] : draft.items.length === 0 ? [s.spec.noItems] : checked && !checked.ok ? specProblemLines(checked.errors, lang) : [];
  /** What needs a person first (issue 11): unknown year, items without units, doubtful targets. */
  const review = draft ? reviewPoints(draft).map((p) => p.message) : [];
  const findingLines = otherFindings(findings).map((f) => (f.line === undefined ? f.message : fill(s.spec.findingLine, { line: f.line, message: f.message })));

  return (
    <section className={styles.page} aria-labelledby="tab-spec">
      <Text className={styles.help}>{s.spec.help}</Text>
      <Text size={200} className={styles.wrap}>
        {fill(s.spec.active, { title: active.listTitle })}
        {isEmbeddedSpec(active) ? s.spec.builtin : ''}
      </Text>
      <Field label={s.spec.noticeText}>
        <Textarea value={text} rows={6} resize="vertical" placeholder={s.spec.noticePlaceholder} disabled={busy} onChange={(_, d) => setText(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || text.trim() === ''} onClick={() => parse(text)}>
          {s.spec.parse}
        </Button>
        <FileButton label={s.spec.chooseNotice} accept={NOTICE_ACCEPT} inputId="spec-notice-file" disabled={busy} onFiles={(files) => chooseNotice(files[0])} />
      </div>
      {draft ? null : <StatusMessage status={status} />}
      {draft ? (
        <div className={styles.section}>
          <h2 className={styles.heading}>{heading}</h2>
          <Text size={200}>
            {fill(s.spec.parsed, { items: draft.items.length, targets: draft.items.reduce((n, i) => n + i.targets.length, 0) })}
          </Text>
          {review.length ? <LinesMessage intent="warning" title={s.spec.reviewTitle} lines={review} /> : null}
          <Field label={s.spec.year} validationState={draft.year === undefined ? 'warning' : 'none'} validationMessage={draft.year === undefined ? s.spec.yearMissing : undefined}>
            <Input
              type="number"
              value={draft.year === undefined ? '' : String(draft.year)}
              disabled={busy}
              onChange={(_, d) => edit((spec) => setYear(spec, /^\d{4}$/.test(d.value) ? Number(d.value) : undefined))}
            />
          </Field>
          <Field label={s.spec.coordinator} validationState={draft.coordinator.trim() === '' ? 'warning' : 'none'}>
            <Input defaultValue={draft.coordinator} key={`coordinator-${draft.id}`} disabled={busy} onBlur={(e) => edit((spec) => setCoordinator(spec, e.currentTarget.value))} />
          </Field>
          {findingLines.length ? <LinesMessage intent="warning" title={s.spec.findingsTitle} lines={findingLines} /> : null}
          {added.length ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{fill(s.spec.unitsAdded, { names: added.join('、') })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <h3 className={styles.heading}>{s.spec.items}</h3>
          <div className={own.items}>
            {draft.items.map((item) => (
              <SpecItemCard
                key={item.number}
                item={item}
                disabled={busy}
                onRename={(name) => edit((d) => renameItem(d, item.number, name))}
                onUnits={(list) => {
                  const result = setItemUnits(draft, item.number, list);
                  setDraft(result.spec);
                  if (result.added.length) setAdded((a) => [...new Set([...a, ...result.added])]);
                }}
                onTarget={patchTarget}
                onRemoveTarget={(id) => edit((d) => removeTarget(d, id))}
                onAddTarget={() => {
                  const result = addTarget(draft, item.number);
                  setDraft(result.spec);
                  if (result.id) setHandTargets((h) => [...h, result.id]);
                }}
              />
            ))}
          </div>
        </div>
      ) : null}
      {problems ? <LinesMessage intent="error" title={problems.title} lines={problems.lines} /> : null}
      {blockers.length ? <LinesMessage intent="warning" title={s.spec.invalid} lines={blockers} /> : null}
      {draft ? <StatusMessage status={status} /> : null}
      <div className={styles.actions}>
        {draft ? (
          <Button appearance="primary" disabled={busy || !usable} onClick={use}>
            {s.spec.use}
          </Button>
        ) : null}
        <Button disabled={busy} onClick={exportSpec}>
          {s.spec.exportSpec}
        </Button>
        <FileButton label={s.spec.importSpec} accept={SPEC_ACCEPT} inputId="spec-json-file" disabled={busy} onFiles={(files) => chooseSpec(files[0])} />
        <Button disabled={busy || isEmbeddedSpec(active)} onClick={restore}>
          {s.spec.restore}
        </Button>
      </div>
    </section>
  );
}
