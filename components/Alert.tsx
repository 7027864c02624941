import type { ReactNode, Ref } from 'react';

type Props = {
  variant: 'error' | 'success' | 'info' | 'warning';
  heading: ReactNode;
  /** `p` for a one-line message that is not a section of the page. */
  headingLevel?: 1 | 2 | 3 | 'p';
  headingId?: string;
  children?: ReactNode;
  role?: 'alert' | 'status';
  /** Given when the alert takes focus (an error summary, a result); it then becomes focusable. */
  ref?: Ref<HTMLDivElement>;
  testId?: string;
};

/** DKFDS alert with its icon, for every message box in the app. */
export function Alert({ variant, heading, headingLevel = 2, headingId, children, role, ref, testId }: Props) {
  const Heading = headingLevel === 'p' ? 'p' : (`h${headingLevel}` as const);
  return (
    <div
      className={`alert alert-${variant}`}
      role={role}
      aria-labelledby={headingId}
      ref={ref}
      tabIndex={ref ? -1 : undefined}
      data-testid={testId}
    >
      <span className="alert-icon" aria-hidden="true" />
      <div className="alert-body">
        <Heading className="alert-heading" id={headingId}>
          {heading}
        </Heading>
        {children}
      </div>
    </div>
  );
}
