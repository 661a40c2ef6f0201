import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFailureFinding } from '../core/read/messages';
import type { Finding } from '../core/validate/finding';

/** File extensions taken from a directory: Excel, old Excel (also WPS .et, BIFF8 inside), OpenDocument. */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.et'] as const;

/**
 * Other files a unit may send instead of a workbook (Word, WPS 文字, PDF, a photo, an archive): taken from a folder
 * too, so the roster says what each is and whose it is, instead of the unit looking as if nothing came.
 */
export const RECEIVED_EXTENSIONS = ['.docx', '.doc', '.wps', '.pdf', '.zip', '.rar', '.7z', '.jpg', '.jpeg', '.png'] as const;

/** True for lock files left by Excel (~$name.xlsx) and LibreOffice (.~lock.name#). */
export function isLockFile(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.~lock.');
}

/** True when the name ends in one of WORKBOOK_EXTENSIONS (any case). */
export function isWorkbookName(name: string): boolean {
  return (WORKBOOK_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

/** True when the name ends in one of WORKBOOK_EXTENSIONS or RECEIVED_EXTENSIONS (any case). */
export function isReceivedName(name: string): boolean {
  return isWorkbookName(name) || (RECEIVED_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

/**
 * The real path of `p` (symbolic links and `..` resolved), or its absolute path when it does not exist. On Windows and
 * macOS, whose file systems ignore letter case, it is lower-cased so that two spellings of one file compare equal.
 */
export function realPathOf(p: string): string {
  let real: string;
  try {
    real = fs.realpathSync.native(p);
  } catch {
    real = path.resolve(p);
  }
  return process.platform === 'win32' || process.platform === 'darwin' ? real.toLowerCase() : real;
}

/** What `expandInputs` found. */
export interface ExpandedInputs {
  /** Workbook paths, in argument order, each folder's files sorted by name (paths as given / joined). */
  files: string[];
  /** Arguments that do not exist. */
  missing: string[];
  /** Folder arguments holding no workbook file. */
  emptyFolders: string[];
  /** `files` and `missing` together, in argument order (what validate reports on). */
  all: string[];
}

/**
 * Expand the FILE|DIR arguments of `validate` and `merge` into file paths: a directory gives its received files
 * (recursively, sorted; workbooks by WORKBOOK_EXTENSIONS and the Word / PDF / picture / archive files units send
 * instead, RECEIVED_EXTENSIONS; without lock files and hidden entries); a file is taken as given (even
 * with another extension: the reader says what it is). `exclude` (the output file) is left out, compared by real
 * path. The same file twice (same real path) is kept once. Never throws (an unreadable folder counts as empty).
 */
export function expandInputs(args: readonly string[], exclude?: string): ExpandedInputs {
  const files: string[] = [];
  const missing: string[] = [];
  const emptyFolders: string[] = [];
  const all: string[] = [];
  const seen = new Set<string>();
  const skip = exclude ? realPathOf(exclude) : undefined;
  const add = (p: string): void => {
    const real = realPathOf(p);
    if (real === skip || seen.has(real)) return;
    seen.add(real);
    files.push(p);
    all.push(p);
  };
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || isLockFile(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && isReceivedName(e.name)) add(p);
    }
  };
  for (const arg of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch {
      missing.push(arg);
      all.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(arg);
      if (files.length === before) emptyFolders.push(arg);
    } else if (!isLockFile(path.basename(arg))) add(arg);
  }
  return { files, missing, emptyFolders, all };
}

/** The note for a folder without workbooks: "文件夹 X 中没有 Excel 工作簿（.xlsx、.xls、.ods、.et）". */
export function emptyFolderText(folder: string): string {
  return `文件夹 ${folder} 中没有 Excel 工作簿（.xlsx、.xls、.ods、.et）`;
}

/**
 * The read-failure code for a file-system error while reading an input: ENOENT -> file-missing, EISDIR ->
 * file-is-folder, anything else -> file-unreadable.
 */
export function fsReadCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' ? 'file-missing' : code === 'EISDIR' ? 'file-is-folder' : 'file-unreadable';
}

/**
 * The file-level finding for an input that cannot be read: the core's READ_MESSAGES (file-missing, file-not-workbook,
 * …) plus the CLI's own file-is-folder ("这是一个文件夹…"). `name` is the name shown; `params` the reader's numbers
 * (WorkbookReadError.params).
 */
export function inputFailureFinding(code: string, name: string, params: Record<string, number> = {}): Finding {
  if (code === 'file-is-folder') {
    return {
      code,
      severity: 'error',
      file: name,
      sheet: null,
      cell: null,
      message: `${name}：这是一个文件夹，不是 Excel 文件`,
      hint: '请给出其中的 Excel 文件，或把文件夹直接交给 validate / merge 逐个读取',
    };
  }
  return readFailureFinding(code, name, 'zh-CN', params);
}
