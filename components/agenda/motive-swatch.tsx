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

/** A stripe down the left side of an appointment, in its motive's colour. */
export function MotiveStripe({ color }: { color: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 1 1"
      preserveAspectRatio="none"
      className="absolute inset-y-0 left-0 h-full w-1.5"
    >
      <rect width="1" height="1" fill={color} />
    </svg>
  );
}
