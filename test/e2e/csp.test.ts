/**
 * The pane's own Content-Security-Policy (scripts/csp.js), checked in Chromium: an inline script, eval, and off-host
 * image, script and stylesheet requests are refused by the page itself (a `securitypolicyviolation` event, and no
 * request reaches the test's router), while Fluent UI's run-time styles (Griffel's <style> elements filled through
 * CSSOM) still apply. Issue 16, item 4.
 */
import { usePaneSession } from './harness';

const session = usePaneSession();

/** An address off this machine (TEST-NET-3, RFC 5737): never routable, so nothing could answer even if asked. */
const OFF_HOST = 'http://203.0.113.9';

/** Drop this test's own deliberate refusals from the harness's list (anything else still fails the test). */
function forgetOwnRefusals(): void {
  const refused = session.pane.refused;
  for (let i = refused.length - 1; i >= 0; i--) if (refused[i].startsWith(OFF_HOST) || /inline|eval/i.test(refused[i])) refused.splice(i, 1);
}

test('Fluent UI styles apply under the policy (no unsafe-inline needed)', async () => {
  const { page } = session.pane;
  const facts = await page.evaluate(() => {
    const sheets = [...document.querySelectorAll('style')].filter((s) => s.hasAttribute('data-make-styles-bucket'));
    const rules = sheets.reduce((n, s) => n + (s.sheet?.cssRules.length ?? 0), 0);
    const tab = document.querySelector('[role="tab"]');
    // Fluent's Tab lays itself out as a grid; unstyled, a <button> is inline-block.
    return { griffelSheets: sheets.length > 0, rules: rules > 50, tabDisplay: tab ? getComputedStyle(tab).display : '' };
  });
  expect(facts).toEqual({ griffelSheets: true, rules: true, tabDisplay: 'grid' });
});

test('the page refuses an inline script, eval, and off-host image, script and stylesheet requests', async () => {
  const { page, context, external } = session.pane;
  // Routes added later are asked first: this one sees every off-host request that reaches the network layer.
  const routed: string[] = [];
  await context.route(`${OFF_HOST}/**`, (route) => {
    routed.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const outcome = await page.evaluate(async (offHost) => {
    const violations: { directive: string; blocked: string }[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
    const w = window as unknown as { inlineRan?: boolean };
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true';
    document.head.appendChild(inline);
    // A string given to setTimeout is compiled like eval, from the page's own timer (a test's evaluate() itself runs
    // outside the page's policy, so eval called directly from here would prove nothing).
    const wEval = window as unknown as { evalRan?: boolean };
    (setTimeout as unknown as (code: string, ms: number) => number)('window.evalRan = true', 0);
    const img = new Image();
    const imgDone = new Promise<string>((resolve) => {
      img.onload = () => resolve('loaded');
      img.onerror = () => resolve('error');
    });
    img.src = `${offHost}/pixel.png`;
    const script = document.createElement('script');
    script.src = `${offHost}/x.js`;
    document.head.appendChild(script);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${offHost}/x.css`;
    document.head.appendChild(link);
    const image = await imgDone;
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { inlineRan: w.inlineRan === true, evalRan: wEval.evalRan === true, image, violations };
  }, OFF_HOST);
  forgetOwnRefusals();
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.evalRan).toBe(false);
  expect(outcome.image).toBe('error');
  const byDirective = (d: string) => outcome.violations.filter((v) => v.directive === d).map((v) => v.blocked);
  expect(byDirective('script-src-elem')).toEqual(expect.arrayContaining(['inline', `${OFF_HOST}/x.js`]));
  expect(byDirective('script-src')).toEqual(['eval']);
  expect(byDirective('img-src')).toEqual([`${OFF_HOST}/pixel.png`]);
  expect(byDirective('style-src-elem')).toEqual([`${OFF_HOST}/x.css`]);
  // Refused by the page itself, before any request was made: no off-host request reached the test's router. (Chromium
  // still announces the refused loads as `request` events, which the harness counts in `external`: they never left.)
  expect(routed).toEqual([]);
  const refusedLoads = new Set([`${OFF_HOST}/x.js`, `${OFF_HOST}/x.css`, `${OFF_HOST}/pixel.png`]);
  const others = external.filter((u) => !refusedLoads.has(u));
  external.length = 0;
  external.push(...others);
});
