import { formatDayAndTime } from "@/lib/utils/format-date-fr";

// When, where, with whom and for what: what the patient checks before confirming. Times
// are the practice's local time, said as such.
export function BookingSummary({
  startsAt,
  timeZone,
  practitionerName,
  motiveName,
  address,
}: {
  startsAt: Date;
  timeZone: string;
  practitionerName: string;
  motiveName: string;
  address: { address: string; postcode: string; city: string } | null;
}) {
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-xl border border-slate-200 bg-slate-50 p-5 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-600">Date et heure</dt>
      <dd className="font-semibold text-slate-900">
        {formatDayAndTime(startsAt, timeZone)}{" "}
        <span className="font-normal text-slate-700">(heure locale du cabinet)</span>
      </dd>
      <dt className="font-medium text-slate-600">Praticien</dt>
      <dd className="text-slate-900">{practitionerName}</dd>
      <dt className="font-medium text-slate-600">Motif</dt>
      <dd className="text-slate-900">{motiveName}</dd>
      {address && (
        <>
          <dt className="font-medium text-slate-600">Adresse</dt>
          <dd className="text-slate-900">
            {address.address}, {address.postcode} {address.city}
          </dd>
        </>
      )}
    </dl>
  );
}
