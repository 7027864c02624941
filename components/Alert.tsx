import type { ReactNode } from 'react';

type Props = {
  variant: 'error' | 'success' | 'info' | 'warning';
  heading: ReactNode;
  headingLevel?: 1 | 2;
  headingId?: string;
  children?: ReactNode;
  role?: 'alert' | 'status';
};

/** DKFDS alert with its icon; for an error summary that takes focus, see ErrorSummary. */
export function Alert({ variant, heading, headingLevel = 2, headingId, children, role }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className={`alert alert-${variant}`} role={role} aria-labelledby={headingId}>
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
