/**
 * The pane's read-worker client (src/browser/read-worker.ts) with a fake Web Worker: a read that never
 * answers is stopped at the timeout as file-corrupt and the worker replaced; the reader's codes come through; a
 * worker that cannot start leaves the pane reading in the page. (The real worker runs in test/e2e/read-worker.test.ts.)
 */
import { readWorkbook } from '../../src/xlsx/read';
import type { ReadAnswer, ReadJob } from '../../src/xlsx/read.worker';

/** A Web Worker stand-in: answers like src/xlsx/read.worker.ts, except for files named hang*, which it never answers. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  static failToLoad = false;
  terminated = false;
  constructor() {
    super();
    FakeWorker.started.push(this);
    if (FakeWorker.failToLoad) setTimeout(() => this.dispatchEvent(new Event('error')), 0);
  }
  postMessage(job: ReadJob): void {
    if (FakeWorker.failToLoad || job.fileName.startsWith('hang')) return;
    let answer: ReadAnswer;
    try {
      answer = { id: job.id, book: readWorkbook(job.bytes, job.fileName) };
    } catch (err) {
      answer = { id: job.id, error: { code: (err as { code?: string }).code, message: (err as Error).message } };
    }
    setTimeout(() => this.dispatchEvent(Object.assign(new Event('message'), { data: answer })), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

jest.mock('../../src/browser/read-worker-start', () => ({ startReadWorker: () => new FakeWorker() }));

type Client = typeof import('../../src/browser/read-worker');

/** A fresh copy of the client module, loaded with `Worker` defined (it decides at load whether workers exist). */
function loadClient(): Client {
  let client: Client | undefined;
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  jest.isolateModules(() => {
    client = jest.requireActual<Client>('../../src/browser/read-worker');
  });
  return client!;
}

const TABLE = new TextEncoder().encode('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="表" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Table><Row><Cell><Data ss:Type="String">序号</Data></Cell></Row></Table></Worksheet></Workbook>');

beforeEach(() => {
  FakeWorker.started = [];
  FakeWorker.failToLoad = false;
});
afterAll(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
});

describe('readBookInWorker', () => {
  test('a read that never answers rejects as file-corrupt at the timeout; the next file gets a new worker', async () => {
    const { readBookInWorker } = loadClient();
    await expect(readBookInWorker(TABLE, 'hang.xls', { timeoutMs: 50 })).rejects.toMatchObject({
      name: 'WorkbookReadError',
      code: 'file-corrupt',
      message: 'hang.xls: reading did not finish within 50 ms',
    });
    expect(FakeWorker.started.map((w) => w.terminated)).toEqual([true]);
    const book = await readBookInWorker(TABLE, 'ok.xml');
    expect(book).toEqual(readWorkbook(TABLE, 'ok.xml'));
    expect(FakeWorker.started.map((w) => w.terminated)).toEqual([true, false]);
  });

  test('one worker serves many files, one read at a time', async () => {
    const { readBookInWorker } = loadClient();
    const books = await Promise.all(['a.xml', 'b.xml', 'c.xml'].map((f) => readBookInWorker(TABLE, f)));
    expect(books.map((b) => b.file)).toEqual(['a.xml', 'b.xml', 'c.xml']);
    expect(FakeWorker.started).toHaveLength(1);
  });

  test('the reader’s code comes through (file-is-text), and the worker stays', async () => {
    const { readBookInWorker } = loadClient();
    await expect(readBookInWorker(new TextEncoder().encode('plain text'), 'x.xlsx')).rejects.toMatchObject({ code: 'file-is-text' });
    expect(FakeWorker.started.map((w) => w.terminated)).toEqual([false]);
  });

  test('a worker that cannot load: the file is read in the page', async () => {
    FakeWorker.failToLoad = true;
    const { readBookInWorker } = loadClient();
    expect((await readBookInWorker(TABLE, 'ok.xml')).file).toBe('ok.xml');
    expect(FakeWorker.started).toHaveLength(1);
    expect((await readBookInWorker(TABLE, 'again.xml')).file).toBe('again.xml');
    expect(FakeWorker.started).toHaveLength(1);
  });
});
