import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FUNNEL_STEPS } from "@/lib/campaigns/funnel";

/**
 * A table with one column per funnel step after a first column (campaigns or days), in its
 * own scrolling box: a phone scrolls the table, never the page. The box is focusable and
 * named by the caption, so keyboard users can scroll it too.
 */
export function StepTable({
  id,
  caption,
  firstColumn,
  boxClassName = "",
  stickyFirstColumn = false,
  children,
}: {
  id: string;
  caption: string;
  firstColumn: string;
  boxClassName?: string;
  stickyFirstColumn?: boolean;
  children: ReactNode;
}) {
  const stepName = useTranslations("campaigns.steps");
  const sticky = stickyFirstColumn ? "sticky left-0 bg-white" : "";
  return (
    <div
      className={`overflow-auto rounded-lg border border-slate-200 ${boxClassName}`}
      tabIndex={0}
      role="region"
      aria-labelledby={id}
    >
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
        <caption id={id} className="px-4 pt-3 text-left font-semibold text-slate-900">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className={`px-4 py-2 font-semibold ${sticky}`}>
              {firstColumn}
            </th>
            {FUNNEL_STEPS.map((step) => (
              <th key={step} scope="col" className="px-3 py-2 text-right font-semibold">
                {stepName(step)}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
