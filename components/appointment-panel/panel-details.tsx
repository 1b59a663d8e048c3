import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AppointmentPanel } from "@/lib/appointments/practice/get-appointment-panel";
import { practiceAppointmentPath } from "@/lib/appointments/practice/paths";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarDate, formatDayAndTime, formatInstant } from "@/lib/utils/format-date";
import { PanelSection } from "./panel-section";

// The read-only parts of the practice's appointment panel: who the patient is and how to
// reach them, what the appointment is, and their history with this practitioner.

const CARD = "rounded-xl border border-slate-200 bg-white p-5";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}

const isoDateOf = (date: Date) => date.toISOString().slice(0, 10);

export function PatientCard({ patient }: { patient: AppointmentPanel["patient"] }) {
  const t = useTranslations("appointmentPanel.patient");
  const all = useTranslations();
  const locale = useLocale() as Locale;
  const notGiven = <span className="text-slate-600">{t("notGiven")}</span>;
  return (
    <section aria-labelledby="patient-title" className={CARD}>
      <h2 id="patient-title" className="text-lg font-semibold text-slate-900">
        {`${patient.firstName} ${patient.lastName}`.trim() || t("title")}
      </h2>
      <dl className="mt-2 divide-y divide-slate-100">
        <Row term={t("birthDate")}>
          {patient.birthDate ? formatCalendarDate(locale, isoDateOf(patient.birthDate)) : notGiven}
        </Row>
        <Row term={t("phone")}>
          {patient.phone ? (
            <a
              href={`tel:${patient.phone.replace(/[^+0-9]/g, "")}`}
              className="text-brand-800 underline"
            >
              {patient.phone}
            </a>
          ) : (
            notGiven
          )}
        </Row>
        <Row term={patient.hasAccount ? t("email") : t("recordEmail")}>
          {patient.email ?? notGiven}
        </Row>
      </dl>
      {patient.relationship && (
        <p className="mt-3 text-sm text-slate-700">
          {t("relative", {
            relationship: all(`ui.relationship.${patient.relationship}`),
            hasHolder: patient.accountHolderName ? "yes" : "no",
            holder: patient.accountHolderName ?? "",
          })}
        </p>
      )}
      {!patient.hasAccount && <p className="mt-3 text-sm text-slate-700">{t("noAccount")}</p>}
    </section>
  );
}

export function StatusLabel({
  status,
  excused,
}: {
  status: AppointmentPanel["status"];
  excused: boolean | null;
}) {
  const t = useTranslations();
  const label = t(`appointmentPanel.status.${status}`);
  if (status !== "NO_SHOW") return label;
  return t("appointmentPanel.withExcuse", {
    status: label,
    excuse: t(excused ? "appointmentPanel.excusedYes" : "appointmentPanel.excusedNo"),
  });
}

export function AppointmentCard({ panel }: { panel: AppointmentPanel }) {
  const t = useTranslations("appointmentPanel");
  const all = useTranslations();
  const locale = useLocale() as Locale;
  const { timeZone, location } = panel;
  return (
    <section aria-labelledby="details-title" className={CARD}>
      <h2 id="details-title" className="text-lg font-semibold text-slate-900">
        {t("details.title")}
      </h2>
      <dl className="mt-2 divide-y divide-slate-100">
        <Row term={t("details.motive")}>{panel.motive.name}</Row>
        <Row term={t("details.practice")}>
          {location
            ? [location.name, `${location.address}, ${location.city}`].filter(Boolean).join(" · ")
            : t("patient.notGiven")}
        </Row>
        <Row term={t("details.status")}>
          <span>
            <StatusLabel status={panel.status} excused={panel.noShowExcused} />
          </span>
          {panel.statusChangedAt && (
            <span className="mt-1 block text-sm text-slate-600">
              {t("statusChanged", {
                time: formatInstant(locale, panel.statusChangedAt, timeZone),
                hasName: panel.statusChangedByName ? "yes" : "no",
                name: panel.statusChangedByName ?? "",
              })}
            </span>
          )}
        </Row>
        <Row term={t("details.bookedBy")}>{all(`appointmentPanel.bookedBy.${panel.bookedBy}`)}</Row>
      </dl>
    </section>
  );
}

export function HistoryList({ panel }: { panel: AppointmentPanel }) {
  const t = useTranslations("appointmentPanel.history");
  const locale = useLocale() as Locale;
  return (
    <PanelSection id="history-title" title={t("title")}>
      {panel.history.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {panel.history.map((item) => (
            <li
              key={item.id}
              className="flex flex-col gap-1 p-4 sm:flex-row sm:items-baseline sm:justify-between"
            >
              <span className="font-medium text-slate-900">
                {item.id === panel.id ? (
                  <>
                    {formatDayAndTime(locale, item.startsAt, panel.timeZone)} {t("current")}
                  </>
                ) : (
                  <Link
                    href={practiceAppointmentPath(item.id)}
                    className="text-brand-800 underline"
                  >
                    {formatDayAndTime(locale, item.startsAt, panel.timeZone)}
                  </Link>
                )}
              </span>
              <span className="text-slate-700">
                {item.motiveName} ·{" "}
                <StatusLabel status={item.status} excused={item.noShowExcused} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}
