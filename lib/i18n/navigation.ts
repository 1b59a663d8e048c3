import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/**
 * Language-aware replacements for next/link and next/navigation's redirect: every internal
 * link and redirect goes through these, so an English page links to English pages.
 */
export const { Link, redirect, getPathname, usePathname } = createNavigation(routing);
