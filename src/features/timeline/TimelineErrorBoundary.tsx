import { Component, Fragment, type ReactNode } from 'react';

interface State {
  error: Error | null;
  /** Counts "Try again": a new attempt remounts the children, so they start over (and fetch the code again). */
  attempt: number;
}

/** A failure inside vis-timeline stays inside the timeline's box: the list and details keep working. */
export class TimelineErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="flex h-full flex-col items-center justify-center gap-2 p-4 text-center text-sm">
          <p>
            The timeline could not be drawn ({this.state.error.message}). The list of events below has everything it
            shows.
          </p>
          <button
            type="button"
            className="rounded-md border border-slate-300 px-2.5 py-1 dark:border-slate-600"
            onClick={() => this.setState(({ attempt }) => ({ error: null, attempt: attempt + 1 }))}
          >
            Try again
          </button>
        </div>
      );
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
