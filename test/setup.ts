/** Jest setup: jsdom lacks ResizeObserver (Fluent UI's MessageBar needs it). */
const g = globalThis as unknown as { ResizeObserver?: unknown; window?: unknown };
if (g.window && !g.ResizeObserver) {
  g.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
