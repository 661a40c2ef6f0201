import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * A minimal DOM test kit over react-dom and React's `act` (the @testing-library/dom peer of
 * @testing-library/react is not installed): render into a fresh container, find by role text or label, click,
 * change a select, wait for text.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: { root: Root; container: HTMLElement }[] = [];

export async function render(element: ReactElement): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  mounted.push({ root, container });
  return container;
}

/** Unmount everything rendered (call in afterEach). */
export async function cleanup(): Promise<void> {
  for (const m of mounted.splice(0)) {
    await act(async () => m.root.unmount());
    m.container.remove();
  }
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** All elements of a role (button, tab, alert, status …) whose text is `name` (exact) or matches it. */
export function allByRole(role: string, name?: string | RegExp): HTMLElement[] {
  const selector = role === 'button' ? 'button, [role="button"]' : `[role="${role}"]`;
  const found = Array.from(document.body.querySelectorAll<HTMLElement>(selector)).filter((el) => {
    if (role === 'button' && el.getAttribute('role') && el.getAttribute('role') !== 'button') return false;
    // A Fluent Tab renders its label twice (the second, hidden, reserves the bold width).
    const all = text(el);
    const half = all.slice(0, all.length / 2);
    const t = role === 'tab' && all === half + half ? half : all;
    return name === undefined || (typeof name === 'string' ? t === name : name.test(t));
  });
  return found;
}

/** The one element of a role and name; throws when there is none or several. */
export function byRole(role: string, name?: string | RegExp): HTMLElement {
  const all = allByRole(role, name);
  if (all.length !== 1) throw new Error(`expected one ${role} named ${String(name)}, found ${all.length}`);
  return all[0];
}

/** The control a <label> with this text labels. */
export function byLabel(label: string): HTMLElement {
  const l = Array.from(document.body.querySelectorAll('label')).find((x) => text(x) === label);
  const id = l?.getAttribute('for');
  const el = id ? document.getElementById(id) : null;
  if (!el) throw new Error(`no control labelled ${label}`);
  return el;
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}

/** Choose a value in a native select (or set an input) and fire `change`. */
export async function change(el: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Let pending promises settle inside act. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** The page's whole text, spaces collapsed. */
export function pageText(): string {
  return text(document.body);
}

/** Dispatch an event inside act. */
export async function fire(el: Element, event: Event): Promise<void> {
  await act(async () => {
    el.dispatchEvent(event);
  });
}
