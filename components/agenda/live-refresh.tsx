"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

type LiveRefreshProps = {
  /** The agenda-version address of the range shown, with its query string. */
  versionUrl: string;
  /** The version the page was rendered with. */
  version: string;
  intervalMs?: number;
};

// Keeps an open agenda current: every few seconds it asks for the range's fingerprint (one
// small request, whatever the number of appointments) and re-renders the page on the
// server when it changed, keeping the scroll position. Paused while the tab is hidden.
export function LiveRefresh({ versionUrl, version, intervalMs = 5000 }: LiveRefreshProps) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      if (document.hidden) return;
      const response = await fetch(versionUrl, { cache: "no-store" }).catch(() => null);
      if (stopped || !response?.ok) return;
      const answer = (await response.json()) as { version?: string };
      if (answer.version && answer.version !== version) router.refresh();
    };
    const timer = setInterval(check, intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [versionUrl, version, intervalMs, router]);
  return null;
}
