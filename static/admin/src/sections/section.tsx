import { useScoped } from '../editor-context';
import { sectionDomId } from './section-map';
import type { ReactNode } from 'react';

/** One titled block of the editor; its heading names the region for screen readers. */
export function Section({
  id,
  title,
  intro,
  className,
  testId,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  /** Added to `section` (e.g. `preview`). */
  className?: string;
  /** Defaults to `section-<id>`. */
  testId?: string;
  children: ReactNode;
}) {
  const scoped = useScoped();
  return (
    <section
      className={className ? `section ${className}` : 'section'}
      id={scoped(sectionDomId(id))}
      tabIndex={-1}
      aria-labelledby={scoped(`${id}-title`)}
      data-testid={testId ?? `section-${id}`}
    >
      <h2 id={scoped(`${id}-title`)}>{title}</h2>
      {intro && <p className="intro">{intro}</p>}
      {children}
    </section>
  );
}
