import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import type { Locale } from "../../../domain/model/types";
import { Bar } from "../Notices/Bar";
import { uiStrings } from "../../../domain/i18n";

export interface ErrorBoundaryProps {
  locale: Locale;
  children?: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/** Last line of defence: a render error shows a message and a reload button, never a blank pane or a stack trace. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("[jixiao] task pane error", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const s = uiStrings(this.props.locale);
    return (
      <Bar
        intent="error"
        title={s.crashTitle}
        data-testid="crash"
        actions={<Button onClick={() => window.location.reload()}>{s.reload}</Button>}
      >
        {s.crashBody}
      </Bar>
    );
  }
}
