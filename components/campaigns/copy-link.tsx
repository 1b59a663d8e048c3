"use client";

import { useState } from "react";

type CopyLinkTexts = { label: string; copy: string; copied: string };

/**
 * A link to publish, in a read-only field (select and copy by hand works everywhere) with a
 * button that copies it. The confirmation is announced to screen readers.
 */
export function CopyLink({ id, url, texts }: { id: string; url: string; texts: CopyLinkTexts }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {texts.label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full min-w-0 rounded-lg border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
        <button
          type="button"
          onClick={copy}
          className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-lg border border-brand-200 bg-white px-4 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          {texts.copy}
        </button>
      </div>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-emerald-800">
        {copied ? texts.copied : null}
      </p>
    </div>
  );
}
