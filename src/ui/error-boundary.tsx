import { Component, type ReactNode } from 'react';
import { t } from '../i18n/messages.ts';

interface Props {
  /** What to say when the part cannot be shown. */
  message: string;
  children: ReactNode;
}

/**
 * Keeps a failure in one part (a chunk that did not load after a redeploy, say) from blanking the
 * whole page: the part says what went wrong and the rest of the timeline keeps working.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice" role="alert">
        <span>{this.props.message}</span>
        <button type="button" className="notice__dismiss" onClick={() => window.location.reload()}>
          {t().reload}
        </button>
      </div>
    );
  }
}
