import { useLocale, useTranslations } from "next-intl";
import { formatDayAndTime } from "@/lib/utils/format-date";

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
    <dl className="grid gap-x-6 gap-y-2 rounded-xl border border-slate-200 bg-slate-50 p-5 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-600">{t("when")}</dt>
      <dd className="font-semibold text-slate-900">
        {formatDayAndTime(locale, startsAt, timeZone)}{" "}
        <span className="font-normal text-slate-700">{t("localTime")}</span>
      </dd>
      <dt className="font-medium text-slate-600">{t("practitioner")}</dt>
      <dd className="text-slate-900">{practitionerName}</dd>
      <dt className="font-medium text-slate-600">{t("motive")}</dt>
      <dd className="text-slate-900">{motiveName}</dd>
      {address && (
        <>
          <dt className="font-medium text-slate-600">{t("address")}</dt>
          <dd className="text-slate-900">
            {address.address}, {address.postcode} {address.city}
          </dd>
        </>
      )}
    </dl>
  );
}
