"use client";

import { usePathname } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useGlobalErrorMessages } from "@/lib/i18n/global-error-messages";
import { SERVICE_UNAVAILABLE_DIGEST } from "@/lib/utils/service-unavailable";
import { StatusMessage } from "./status-message";

/** Whether an error a page received is a database outage (marked by its digest). */
export function isServiceUnavailable(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "digest" in error &&
    error.digest === SERVICE_UNAVAILABLE_DIGEST
  );
}

// What a visitor reads while the database is away, from both error pages. Its texts live in
// the catalogue's globalError namespace, which needs no provider (the root layout may be
// what failed), in the language of the address.
export function ServiceUnavailable({ retry }: { retry: () => void }) {
  const text = useGlobalErrorMessages(usePathname());
  return (
    <StatusMessage
      eyebrow={text.unavailable.eyebrow}
      title={text.unavailable.heading}
      actions={<Button onClick={retry}>{text.retry}</Button>}
    >
      <p>{text.unavailable.body}</p>
    </StatusMessage>
  );
}
