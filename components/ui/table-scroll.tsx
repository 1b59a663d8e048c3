import type { ReactNode } from "react";

/**
 * A table wider than a phone scrolls inside its own box, never the page. The box is a named
 * region that takes focus, so a keyboard can scroll it too, and a screen reader says what
 * it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-md">
      {children}
    </div>
  );
}
