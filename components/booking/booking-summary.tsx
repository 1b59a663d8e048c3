import { useLocale, useTranslations } from "next-intl";
import { formatDayAndTime } from "@/lib/utils/format-date";

// Terms above their values on a phone, beside them from the sm breakpoint.
const TERM = "text-sm font-medium text-slate-600 not-first:mt-2 sm:text-base sm:not-first:mt-0";

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
  const t = useTranslations("booking.summary");
  const locale = useLocale();
  return (
    // Tight on a phone, so that it, the choice of patient and the button fit one screen.
    <dl className="grid gap-x-6 rounded-xl border border-slate-200 bg-slate-50 p-4 sm:grid-cols-[10rem_1fr] sm:gap-y-2 sm:p-5">
      <dt className={TERM}>{t("when")}</dt>
      <dd className="font-semibold text-slate-900">
        {formatDayAndTime(locale, startsAt, timeZone)}{" "}
        <span className="font-normal text-slate-700">{t("localTime")}</span>
      </dd>
      <dt className={TERM}>{t("practitioner")}</dt>
      <dd className="text-slate-900">{practitionerName}</dd>
      <dt className={TERM}>{t("motive")}</dt>
      <dd className="text-slate-900">{motiveName}</dd>
      {address && (
        <>
          <dt className={TERM}>{t("address")}</dt>
          <dd className="text-slate-900">
            {address.address}, {address.postcode} {address.city}
          </dd>
        </>
      )}
    </dl>
  );
}
