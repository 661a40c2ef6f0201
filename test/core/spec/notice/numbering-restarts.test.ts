import { styleFacts } from './digest';
import { EXPECTED } from './expected';

/** Numbering that starts again at 1 per section (issue 11: a 2021—2030 plan's targets by 领域), and when it must not. */
test.each([
  ['a plan numbered 1. 2. per 领域 gives every item of every 领域, numbered on', 'domains-restart.txt', '云岭市妇女发展规划（2021—2030年）主要目标分解'],
  ['a 1. 2. list inside each 一、 item is not a restarting list: the 一、 items are the list', 'nested-no-restart.txt', '2032年北川区民生实事'],
  ['numbered requirements (1.高度重视 2.加强督导) before the numbered list with units are not items', 'two-numbered-lists.txt', '2033年民生实事清单'],
])('%s', (_case, file, listTitle) => {
  expect(styleFacts(file)).toEqual({ digest: EXPECTED[file], listTitle, issuer: '（未注明）' });
});
