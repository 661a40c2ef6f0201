import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';
import { parseTemplateSpec, type TemplateSpec } from '../../../src/core/spec/schema';
import { specProblemLines, specProblemText } from '../../../src/core/spec/problems';

describe('specProblemText (parseTemplateSpec problems in Chinese)', () => {
  it('names the item, target or field by its place, 1-based', () => {
    const bad = JSON.parse(JSON.stringify(LINZI_2026)) as TemplateSpec;
    bad.items[3].name = '';
    bad.items[1].targets[0].measure = '';
    bad.items[0].units.push('区不存在局');
    const r = parseTemplateSpec(bad);
    expect(r.ok).toBe(false);
    expect(specProblemLines(r.ok ? [] : r.errors)).toEqual(['第2项实事 指标2.1：计量单位未填写', '第4项实事：实事名称未填写']);
  });

  it('turns the custom checks and a broken file into sentences, with no English left', () => {
    expect(specProblemText('items.0.units: unknown unit "区不存在局"')).toBe('第1项实事：责任单位“区不存在局”不在单位名单中');
    expect(specProblemText('items.2.number: duplicate item number 3')).toBe('第3项实事：序号 3 重复');
    expect(specProblemText('JSON: not valid JSON')).toBe('不是有效的清单文件（JSON 格式有误）');
    const r = parseTemplateSpec({ id: 1 });
    for (const line of specProblemLines(r.ok ? [] : r.errors)) expect(line).not.toMatch(/[A-Za-z]/);
  });

  it('leaves the lines as they are in en-US', () => {
    expect(specProblemText('items.0.name: Too small', 'en-US')).toBe('items.0.name: Too small');
  });
});
