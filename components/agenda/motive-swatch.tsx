// A motive's colour. An SVG fill, not a style attribute, which the CSP forbids; the colour
// is "#rrggbb" by a check constraint, so nothing else can reach the markup.
export function MotiveSwatch({
  color,
  className = "h-3 w-3",
}: {
  color: string;
  className?: string;
}) {
  return (
    <svg aria-hidden="true" viewBox="0 0 1 1" className={`shrink-0 rounded-sm ${className}`}>
      <rect width="1" height="1" fill={color} />
    </svg>
  );
}

