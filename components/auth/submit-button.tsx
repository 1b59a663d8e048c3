import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** The form's submit button; while the post runs it says so and cannot be pressed twice. */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const t = useTranslations("ui");
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} className="w-full">
      {pending ? t("pending") : children}
    </Button>
  );
}
