"use client";

import { useRef, type ReactNode } from "react";

/**
 * The phone header's menu: a native <details> disclosure, so it opens and closes without
 * JavaScript and screen readers announce its state. Once hydrated, Escape closes it and
 * gives focus back to its button, and it closes when focus moves out of it.
 */
export function MenuDisclosure({
  summary,
  children,
  className,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const close = (refocus: boolean) => {
    if (!details.current?.open) return;
    details.current.open = false;
    if (refocus) details.current.querySelector("summary")?.focus();
  };
  return (
    <details
      ref={details}
      className={className}
      onKeyDown={(event) => {
        if (event.key === "Escape") close(true);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      {summary}
      {children}
    </details>
  );
}
