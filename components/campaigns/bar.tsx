/**
 * One horizontal or vertical bar as a tiny SVG: its length is an attribute, so no style
 * attribute is needed under the Content-Security-Policy. The SVG stretches to its box.
 */
export function Bar({ share, className }: { share: number; className: string }) {
  const percent = Math.max(0, Math.min(100, share * 100));
  return (
    <svg
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      className="block h-full w-full"
    >
      <rect x={0} y={0} width={percent} height={10} rx={0.5} className={className} />
    </svg>
  );
}

/** A column of bars, one per value (a share of the tallest, or a short mark for "hidden"). */
export function Columns({ shares }: { shares: (number | null)[] }) {
  const slot = 100 / Math.max(1, shares.length);
  const width = Math.max(0.4, slot * 0.7);
  return (
    <svg
      viewBox="0 0 100 40"
      preserveAspectRatio="none"
      aria-hidden="true"
      className="block h-12 w-full"
    >
      <line x1={0} x2={100} y1={40} y2={40} strokeWidth={0.5} className="stroke-slate-300" />
      {shares.map((share, index) => {
        const height = share === null ? 1.5 : Math.max(0.5, share * 38);
        return (
          <rect
            key={index}
            x={index * slot + (slot - width) / 2}
            y={40 - height}
            width={width}
            height={height}
            className={share === null ? "fill-slate-400" : "fill-brand-600"}
          />
        );
      })}
    </svg>
  );
}
