/**
 * The 清单 page in headless Chromium on the built pane (issue 11): a notice chosen as a text .pdf is read by pdf.js in
 * the page (no worker file, nothing fetched from another host) and parsed; a scanned .pdf gets the clear message; a
 * notice without a year asks for it first. Runs on dist/ (or E2E_DIST).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { STRINGS } from '../../src/taskpane/strings';
import { docxWithTable } from '../helpers/notice-docx';
import { chooseFiles, usePaneSession } from './harness';

const s = STRINGS['zh-CN'];
const NOTICES = path.join(__dirname, '..', 'fixtures', 'notices');
const session = usePaneSession();

test('清单: a text PDF (a table printed to PDF) is read in the page and its three items are listed', async () => {
  const { page } = session.pane;
  await page.getByRole('tab', { name: s.spec.tab }).click();
  await chooseFiles(page, page.getByRole('button', { name: s.spec.chooseNotice }), [path.join(NOTICES, 'table-calc.pdf')]);
  await page.getByText('已解析出 3 项实事、3 个指标。', { exact: false }).waitFor({ timeout: 30_000 });
  const text = await page.locator('body').innerText();
  expect(['1. 社区医院建设', '2. 口袋公园', '3. 公共充电桩', '2033年民生实事项目（2033 年）'].filter((t) => !text.includes(t))).toEqual([]);
});

test('清单: a scanned PDF (no text layer) says so and parses nothing', async () => {
  const { page } = session.pane;
  await page.getByRole('tab', { name: s.spec.tab }).click();
  await chooseFiles(page, page.getByRole('button', { name: s.spec.chooseNotice }), [path.join(NOTICES, 'scanned.pdf')]);
  await page.getByText(s.spec.noticeScanned).waitFor({ timeout: 30_000 });
  expect(await page.getByText('已解析出', { exact: false }).count()).toBe(0);
});

test('清单: a notice without a year lists the year first for review and asks for it', async () => {
  const { page } = session.pane;
  await page.getByRole('tab', { name: s.spec.tab }).click();
  await chooseFiles(page, page.getByRole('button', { name: s.spec.chooseNotice }), [path.join(NOTICES, 'never-invent.txt')]);
  await page.getByText(s.spec.reviewTitle).waitFor({ timeout: 30_000 });
  expect(await page.getByText(s.spec.yearMissing).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: s.spec.use }).isDisabled()).toBe(true);
  await page.getByLabel(s.spec.year, { exact: true }).fill('2026');
  expect(await page.getByRole('button', { name: s.spec.use }).isDisabled()).toBe(false);
});

test('清单: a .docx whose list is a Word table is read with its table (mammoth in the page)', async () => {
  const { page } = session.pane;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-docx-'));
  const file = path.join(dir, 'notice.docx');
  fs.writeFileSync(file, await docxWithTable('2036年全区民生实事项目', [
    ['序号', '项目名称', '目标任务', '责任单位'],
    ['1', '农贸市场改造', '改造农贸市场6个', '区商务局\n区市场监管局'],
    ['2', '学生午餐', '为中小学生提供午餐服务1.5万人', '区教体局'],
  ]));
  await page.getByRole('tab', { name: s.spec.tab }).click();
  await chooseFiles(page, page.getByRole('button', { name: s.spec.chooseNotice }), [file]);
  await page.getByText('已解析出 2 项实事、2 个指标。', { exact: false }).waitFor({ timeout: 30_000 });
  expect(await page.getByLabel(s.spec.itemUnits).first().inputValue()).toBe('区商务局、区市场监管局');
  fs.rmSync(dir, { recursive: true, force: true });
});
