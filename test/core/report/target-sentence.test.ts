/**
 * targetSentence: the report's figure sentence of a target (core/report/dispatch). Found by an independent tester: a
 * ledger holding only 第一季度 made the 第三季度 report say "本季度新增" for two quarters' growth; a target whose only
 * figure was excluded for an error was described as "未报数".
 */
import { mergeWithLedger } from '../../../src/core/ledger/merge';
import { targetSentence } from '../../../src/core/report/dispatch';
import { figureText } from '../../../src/core/report/numbers';
import { targetUnits } from '../../../src/core/spec/targets';
import { figureOf, quarterBooks, soleCumulative, spec } from '../ledger/fixtures';

const { target: sole, unit: soleUnit } = soleCumulative();

describe('targetSentence', () => {
  it('says 比第一季度增加 when the quarter compared with is not the one just before', () => {
    const q1 = mergeWithLedger(quarterBooks(1), spec, undefined);
    const q3 = mergeWithLedger(quarterBooks(3), spec, q1.ledger);
    expect(q3.previous?.quarter).toBe(1);
    const t = q3.summary.targets.find((x) => x.id === sole.id)!;
    const d = figureOf(sole, soleUnit, 3) - figureOf(sole, soleUnit, 1);
    const text = targetSentence(t, q3.previous, 3);
    expect(text).toContain(`第一季度${figureText(figureOf(sole, soleUnit, 1))}${t.measure}，比第一季度增加${figureText(d)}${t.measure}`);
    expect(text).not.toContain('本季度新增');
  });

  it('says 本季度新增 against the quarter just before', () => {
    const q2 = mergeWithLedger(quarterBooks(2), spec, undefined);
    const q3 = mergeWithLedger(quarterBooks(3), spec, q2.ledger);
    const t = q3.summary.targets.find((x) => x.id === sole.id)!;
    expect(targetSentence(t, q3.previous, 3)).toContain(`本季度新增${figureText(figureOf(sole, soleUnit, 3) - figureOf(sole, soleUnit, 2))}${t.measure}`);
  });

  it('a figure left out for an error is said so, not as 未报数', () => {
    const q2 = mergeWithLedger(quarterBooks(2), spec, undefined);
    const q3 = mergeWithLedger(quarterBooks(3, (t, u, q) => (t.id === sole.id ? 1 : figureOf(t, u, q))), spec, q2.ledger);
    const t = q3.summary.targets.find((x) => x.id === sole.id)!;
    expect(t.total).toBeUndefined();
    expect(targetUnits(spec.items.find((i) => i.targets.includes(sole))!, sole)).toEqual([soleUnit]);
    expect(targetSentence(t, q3.previous, 3)).toBe(`目标${sole.text}；本季度暂无计入汇总的数据；${soleUnit}报送的数有错误，未计入。`);
  });
});
