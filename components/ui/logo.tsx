// The Praxis mark: a medical cross inside a rounded square, drawn inline (no image request).
export function Logo() {
  return (
    <span className="inline-flex items-center gap-2 font-semibold tracking-tight">
      <svg viewBox="0 0 32 32" className="size-8" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="9" className="fill-brand-600" />
        <path d="M13 8h6v5h5v6h-5v5h-6v-5H8v-6h5z" className="fill-white" />
      </svg>
      <span className="text-xl text-brand-900">Praxis</span>
    </span>
  );
}
