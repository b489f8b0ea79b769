import { useId, type ReactNode } from 'react';
import './panels.css';

interface Props {
  /** The grid class (`lab-client`, `lab-truth`, `lab-log`). */
  className: string;
  title: string;
  /** Controls beside the title, where the eye already is. */
  actions?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

/** The card the three panels share, so they look like one family: a title, a body, a footer. */
export function Panel({ className, title, actions, footer, children }: Props) {
  const headingId = useId();
  return (
    <section className={`panel ${className}`} aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId} className="panel-title">
          {title}
        </h2>
        {actions}
      </header>
      {children}
      {footer && <footer className="panel-footer">{footer}</footer>}
    </section>
  );
}
