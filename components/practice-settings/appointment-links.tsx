// Appointments a change concerns, each a link to its page in the agenda.
export function AppointmentLinks({
  title,
  links,
}: {
  title: string;
  links: readonly { href: string; label: string }[];
}) {
  if (links.length === 0) return null;
  return (
    <div className="rounded-lg border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950">
      <p className="font-semibold">{title}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} className="underline">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
