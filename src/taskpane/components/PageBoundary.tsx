import { Component, type ReactNode } from 'react';
import { StatusMessage } from './StatusMessage';

export interface PageBoundaryProps {
  /** The sentence shown when the page cannot be shown (the pane's errorText of the error: never its raw message). */
  textFor: (error: unknown) => string;
  children: ReactNode;
}

/**
 * Around a page loaded on demand (App's React.lazy pages): when its code cannot be fetched (webpack's ChunkLoadError,
 * e.g. the intranet server unreachable) or the page throws while rendering, the pane keeps its header and tabs and
 * shows the sentence in an alert instead of going blank (errorLoadFailed says to reopen the pane: React.lazy keeps a
 * failed load); the other tabs still work (App gives each page a boundary of its own). React's documented way to catch
 * render errors ("Catching rendering errors with an error boundary").
 */
export class PageBoundary extends Component<PageBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('page failed') };
  }

  override render(): ReactNode {
    if (this.state.error !== undefined) return <StatusMessage status={{ intent: 'error', text: this.props.textFor(this.state.error) }} />;
    return this.props.children;
  }
}
