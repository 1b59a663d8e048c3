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

/**
 * An appointment's motive colour in the agenda: a swatch in the narrow screens' list, a
 * stripe down the left side in the grid (placed by .ag-appt > svg in app/globals.css). A
 * drawing per appointment rather than a class per colour: a <style> the page adds on a
 * client-side navigation would carry another response's nonce, and the CSP blocks it.
 */
export function MotiveStripe({ color }: { color: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 1 1" preserveAspectRatio="none">
      <rect width="1" height="1" fill={color} />
    </svg>
  );
}
