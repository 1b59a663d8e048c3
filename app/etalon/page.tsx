import type { Metadata } from "next";

// The yardstick of `npm run bench:pages`: the root layout (header, footer, the same CSP,
// session lookup, CSS and scripts as every page) around nothing. It must be part of the
// production build to be measured against the real pages, so it ships; it reads no data,
// shows no data and takes no input, and search engines are asked to skip it.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function YardstickPage() {
  return null;
}
