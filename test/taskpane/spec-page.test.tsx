/** @jest-environment jsdom */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { act } from 'react';
import { App } from '../../src/taskpane/App';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import type { TemplateSpec } from '../../src/core/spec/schema';
import { browserSpecStore, SPEC_STORAGE_KEY, type SpecStore } from '../../src/taskpane/usecases/spec-store';
import { allByRole, byLabel, byRole, change, cleanup, click, fire, pageText, render, settle } from './dom';
import { fakeHost } from './fake-host';
import { NOTICE_2027 as NOTICE } from '../helpers/specs';

afterEach(cleanup);

// jsdom lacks what every browser the pane runs in has: TextDecoder/TextEncoder and Blob.arrayBuffer.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

/** Type into a textarea as a person would (React listens to `input`). */
async function typeText(el: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** A store whose calls are jest mocks; `load` resolves with `loaded`. */
function fakeStore(loaded: Awaited<ReturnType<SpecStore['load']>> = { kind: 'none' }) {
  return { load: jest.fn().mockResolvedValue(loaded), save: jest.fn().mockResolvedValue({ kept: true }) };
}

/** Every control a <label> with this text labels, in page order. */
function allByLabel(label: string): HTMLElement[] {
  return Array.from(document.body.querySelectorAll('label'))
    .filter((l) => (l.textContent ?? '').trim() === label)
    .map((l) => document.getElementById(l.getAttribute('for') ?? '') as HTMLElement)
    .filter(Boolean);
}

async function parsePastedNotice(notice: string = NOTICE): Promise<void> {
  await typeText(byLabel('通知文本'), notice);
  await click(byRole('button', '解析'));
  await settle();
}

describe('the 清单 page', () => {
  it('parses a pasted notice, lets a target be corrected, and makes the result the active spec', async () => {
    const store = fakeStore();
    const forSpec = jest.fn((spec: TemplateSpec) => fakeHost('browser', { spec }));
    await render(<App host={fakeHost('browser')} lang="zh-CN" initialPage="spec" specStore={store} hostForSpec={forSpec} />);
    expect(pageText()).toContain(`当前清单：${LINZI_2026.listTitle}`);

    await parsePastedNotice();
    const text = pageText();
    expect(text).toContain('2027年为全区妇女儿童办实事项目清单（2027 年）');
    expect(text).toContain('已解析出 2 项实事、4 个指标。');
    expect(text).toContain('1. 开展女性就业招聘');
    expect(text).toContain('2. 保护妇女健康');
    expect(text).toContain('指标 1.1：不少于3场次（专场招聘活动）');
    expect(text).toContain('指标 2.2：达到90%以上（筛查率）');
    expect(text).toContain('需要核对的地方');
    expect(text).toContain('未找到附件进展情况表的表头');
    expect((byLabel('责任单位') as HTMLInputElement).value).toBe('区人社局、区妇联');

    await change(byLabel('数值'), '５');
    await change(byLabel('要求'), '>');
    await click(allByRole('button', '删除此指标')[1]);
    expect(pageText()).not.toContain('指标 1.2');

    await click(byRole('button', '使用此清单'));
    await settle();
    expect(store.save).toHaveBeenCalledTimes(1);
    const used: TemplateSpec = store.save.mock.calls[0][0];
    expect(used.year).toBe(2027);
    expect(used.items[0].targets).toEqual([
      { id: '1.1', text: '不少于3场次', metric: '专场招聘活动', comparator: '>', value: 5, measure: '场次', kind: 'cumulative' },
    ]);
    expect(forSpec).toHaveBeenLastCalledWith(used);
    expect(pageText()).toContain('已启用清单：2027年为全区妇女儿童办实事项目清单，并保存在本机浏览器中。');
    expect(document.getElementById('active-spec')?.textContent).toBe('当前清单：2027年为全区妇女儿童办实事项目清单');

    // The 模板 page now offers the new list's units only.
    await click(byRole('tab', '模板'));
    const options = Array.from((byLabel('填报单位') as HTMLSelectElement).options).map((o) => o.value);
    expect(options).toEqual(['', '区人社局', '区妇联', '区卫健局']);
  });

  it('applies a corrected 责任单位 list when the box is left, naming a new department for a check', async () => {
    const store = fakeStore();
    await render(<App host={fakeHost('browser')} lang="zh-CN" initialPage="spec" specStore={store} />);
    await parsePastedNotice();
    const units = byLabel('责任单位');
    await change(units, '区人社局、区妇联、区商务局');
    await fire(units, new FocusEvent('focusout', { bubbles: true }));
    expect(pageText()).toContain('新增单位：区商务局，请核对全称。');
    await click(byRole('button', '使用此清单'));
    await settle();
    const used: TemplateSpec = store.save.mock.calls[0][0];
    expect(used.items[0].units).toEqual(['区人社局', '区妇联', '区商务局']);
    expect(used.units.find((u) => u.id === '区商务局')).toEqual({ id: '区商务局', fullName: '临淄区商务局', aliases: ['商务局'] });
  });

  it('offers 使用此清单 only for a list the schema accepts, naming the problems in Chinese', async () => {
    const store = fakeStore();
    await render(<App host={fakeHost('browser')} lang="zh-CN" initialPage="spec" specStore={store} />);
    await parsePastedNotice();
    expect((byRole('button', '使用此清单') as HTMLButtonElement).disabled).toBe(false);
    await change(allByLabel('实事名称')[0], '  ');
    expect((byRole('button', '使用此清单') as HTMLButtonElement).disabled).toBe(true);
    const text = pageText();
    expect(text).toContain('清单还不完整，不能使用：');
    expect(text).toContain('第1项实事：实事名称未填写');
    expect(text).not.toContain('items.0.name');
    expect(text).not.toMatch(/Too small|expected/);
    expect(store.save).not.toHaveBeenCalled();
  });

  it('says 未识别的清单 and offers nothing to use when the text holds no item', async () => {
    await render(<App host={fakeHost('browser')} lang="zh-CN" initialPage="spec" specStore={fakeStore()} />);
    await typeText(byLabel('通知文本'), '这不是通知，只是一段随便写的话。');
    await click(byRole('button', '解析'));
    await settle();
    const text = pageText();
    expect(text).toContain('未识别的清单');
    expect(text).not.toContain('（未注明）（2000 年）');
    expect(text).toContain('没有识别出实事项目，不能使用此清单。');
    expect((byRole('button', '使用此清单') as HTMLButtonElement).disabled).toBe(true);
  });

  it('lets a target’s name be corrected and a missed target be added', async () => {
    const store = fakeStore();
    await render(<App host={fakeHost('browser')} lang="zh-CN" initialPage="spec" specStore={store} />);
    await parsePastedNotice();
    await change(allByLabel('指标名称（所计事项）')[0], '巾帼专场招聘活动');
    await click(allByRole('button', /^添加指标/)[0]);
    // The new target needs what it counts and its measure before the list can be used.
    expect((byRole('button', '使用此清单') as HTMLButtonElement).disabled).toBe(true);
    expect(pageText()).toContain('第1项实事 指标1.3：指标名称（所计事项）未填写');
    const metrics = allByLabel('指标名称（所计事项）');
    await change(metrics[2], '技能培训');
    const card = metrics[2].closest('[data-target]') as HTMLElement;
    await change(card.querySelector('input[inputmode="decimal"]') as HTMLElement, '4');
    const inputs = [...card.querySelectorAll('input')];
    await change(inputs[inputs.length - 1], '期');
    await click(byRole('button', '使用此清单'));
    await settle();
    const used: TemplateSpec = store.save.mock.calls[0][0];
    expect(used.items[0].targets[0].metric).toBe('巾帼专场招聘活动');
    expect(used.items[0].targets[2]).toEqual({ id: '1.3', text: '不少于4期', metric: '技能培训', comparator: '>=', value: 4, measure: '期', kind: 'cumulative' });
  });

  it('lists what needs review first (no year, an item without units, an approximate figure) and asks for the year before use', async () => {
    await render(<App host={fakeHost('browser')} lang="zh-CN" initialPage="spec" specStore={fakeStore()} />);
    await parsePastedNotice('民生实事清单\n一、托育服务。新增托位约200个。（责任单位：区卫健局）\n二、文化惠民。开展送戏下乡30场。\n');
    const text = pageText();
    const review = text.indexOf('请先核对（年度、责任单位、存疑的指标）');
    expect(review).toBeGreaterThanOrEqual(0);
    expect(review).toBeLessThan(text.indexOf('需要核对的地方'));
    expect(text).toContain('通知中没有找到计划年度：请填写年度（完成时限按它检查）。');
    expect(text).toContain('第2项“文化惠民”没有责任单位：请填写责任单位（否则不会向任何单位催报此项）。');
    expect(text).toContain('第1项指标1.1“约200个”是约数：请确认按200个统计。');
    expect(text).toContain('通知中没有找到计划年度，请填写。');
    expect(text).not.toContain('待定单位');
    expect((byRole('button', '使用此清单') as HTMLButtonElement).disabled).toBe(true);
    await change(byLabel('年度'), '2027');
    expect(pageText()).not.toContain('通知中没有找到计划年度');
    expect((byRole('button', '使用此清单') as HTMLButtonElement).disabled).toBe(false);
  });

  it('restores the built-in list', async () => {
    const store = fakeStore();
    const own = { ...LINZI_2026, id: 'x', listTitle: '别的清单' };
    await render(<App host={fakeHost('browser', { spec: own })} lang="zh-CN" initialPage="spec" specStore={store} />);
    await click(byRole('button', '恢复内置清单'));
    await settle();
    expect(store.save).toHaveBeenCalledWith(LINZI_2026);
    expect(document.getElementById('active-spec')?.textContent).toBe(`当前清单：${LINZI_2026.listTitle}`);
  });
});

describe('the 清单 page’s files', () => {
  async function choose(inputId: string, file: File): Promise<void> {
    const input = document.getElementById(inputId) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fire(input, new Event('change', { bubbles: true }));
    await settle();
    await settle();
  }

  it('reads a chosen .txt notice into the box and parses it', async () => {
    await render(<App host={fakeHost('browser')} lang="zh-CN" initialPage="spec" />);
    await choose('spec-notice-file', new File([NOTICE], '通知.txt', { type: 'text/plain' }));
    expect((byLabel('通知文本') as HTMLTextAreaElement).value).toBe(NOTICE);
    expect(pageText()).toContain('已解析出 2 项实事、4 个指标。');
  });

  it('imports a spec .json for review, and names the problems of a broken one', async () => {
    const store = fakeStore();
    await render(<App host={fakeHost('browser')} lang="zh-CN" initialPage="spec" specStore={store} />);
    await choose('spec-json-file', new File(['{"id": 1}'], 'bad.json'));
    expect(byRole('alert').textContent).toContain('所选文件不是有效的清单文件：');
    const own = { ...LINZI_2026, id: 'own', listTitle: '2028年民生实事项目清单', items: LINZI_2026.items.slice(0, 2) };
    await choose('spec-json-file', new File([JSON.stringify(own)], 'own.json'));
    expect(pageText()).toContain('已导入清单，请核对后点击“使用此清单”。');
    expect(pageText()).toContain('1. ' + LINZI_2026.items[0].name);
    await click(byRole('button', '使用此清单'));
    await settle();
    expect(store.save).toHaveBeenCalledWith(own);
  });
});

describe('a list with the same substance as the built-in one', () => {
  it('keeps the built-in list and says so', async () => {
    const store = fakeStore();
    const own = { ...LINZI_2026, items: LINZI_2026.items.slice(0, 2) };
    const same = { ...LINZI_2026, id: 'parsed-again', version: '7', listTitle: '2026年为全区妇女儿童办实事项目清单（重新解析）' };
    await render(<App host={fakeHost('browser', { spec: own })} lang="zh-CN" initialPage="spec" specStore={store} />);
    const input = document.getElementById('spec-json-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(same)], 'same.json')], configurable: true });
    await fire(input, new Event('change', { bubbles: true }));
    await settle();
    await settle();
    await click(byRole('button', '使用此清单'));
    await settle();
    expect(store.save).toHaveBeenCalledWith(LINZI_2026);
    expect(pageText()).toContain(`此清单与内置清单（${LINZI_2026.listTitle}）内容相同，继续使用内置清单。`);
  });
});

describe('the active spec at start-up', () => {
  it('adopts the kept spec', async () => {
    const kept = { ...LINZI_2026, id: 'kept', listTitle: '2027年民生实事项目清单' };
    await render(<App host={fakeHost('excel')} lang="zh-CN" specStore={fakeStore({ kind: 'spec', spec: kept })} />);
    await settle();
    expect(document.getElementById('active-spec')?.textContent).toBe('当前清单：2027年民生实事项目清单');
  });

  it('warns and keeps the embedded spec when the kept one does not parse', async () => {
    await render(<App host={fakeHost('excel')} lang="en-US" specStore={fakeStore({ kind: 'bad', errors: ['items: x'] })} />);
    await settle();
    expect(pageText()).toContain('The kept list could not be read; the built-in list is used.');
    expect(document.getElementById('active-spec')?.textContent).toBe(`List in use: ${LINZI_2026.listTitle}`);
  });
});

describe('browserSpecStore', () => {
  it('keeps a chosen spec in localStorage, forgets it for the embedded one, and reports a broken one', async () => {
    localStorage.clear();
    const store = browserSpecStore(localStorage);
    const own = { ...LINZI_2026, id: 'own', listTitle: '别的清单' };
    expect(await store.load()).toEqual({ kind: 'none' });
    expect(await store.save(own)).toEqual({ kept: true });
    expect(await store.load()).toEqual({ kind: 'spec', spec: own });
    await store.save(LINZI_2026);
    expect(localStorage.getItem(SPEC_STORAGE_KEY)).toBeNull();
    localStorage.setItem(SPEC_STORAGE_KEY, '{"id":');
    expect(await store.load()).toEqual({ kind: 'bad', errors: ['JSON: not valid JSON'] });
  });
});
