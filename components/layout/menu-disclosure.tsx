"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The phone header's menu: a native <details> disclosure, so it opens and closes without
 * JavaScript, and browsers expose its <summary> as a button that is expanded or collapsed
 * (no aria-expanded to keep in sync, and none to go stale). The panel follows the button,
 * so Tab walks into it next. Once hydrated, a few rules keep it from lingering over the page:
 * - Escape closes it and gives focus back to its button;
 * - focus leaving it closes it, so focus never sits on a page the open panel covers (a
 *   trap would be wrong for a disclosure: the rest of the page stays usable);
 * - following one of its links or submitting its sign-out closes it: a client-side
 *   navigation keeps the layout, and with it an open menu, on the next page;
 * - a tap elsewhere closes it (Safari does not focus a tapped <summary>, so it never blurs).
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

  useEffect(() => {
    const closeOnTapOutside = (event: PointerEvent) => {
      const menu = details.current;
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener("pointerdown", closeOnTapOutside);
    return () => document.removeEventListener("pointerdown", closeOnTapOutside);
  }, []);

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
      onClick={(event) => {
        if ((event.target as Element).closest("a[href]")) close(true);
      }}
      onSubmit={() => close(true)}
    >
      {summary}
      {children}
    </details>
  );
}
