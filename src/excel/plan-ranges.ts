/** The range helpers are pure and shared by both host adapters: they live in core/sheet/plan-ranges. */
export * from '../core/sheet/plan-ranges';
