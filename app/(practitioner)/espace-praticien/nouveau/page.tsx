import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { PanelSection } from "@/components/appointment-panel/panel-section";
import { PracticeBookingForm } from "@/components/practice-booking/booking-form";
import { PatientSearch } from "@/components/practice-booking/patient-search";
import { ownPatientsQuerySchema } from "@/lib/agenda/schemas";
import { searchOwnPatients, type OwnPatientHit } from "@/lib/agenda/search-own-patients";
import { getPracticeBookingForm } from "@/lib/appointments/practice/get-practice-booking-form";
import { getOwnPatient } from "@/lib/appointments/practice/own-patient";
import {
  PRACTICE_AREA_PATH,
  practiceBookingParams,
  practiceBookingPath,
} from "@/lib/appointments/practice/paths";
import { instantSchema } from "@/lib/appointments/schemas";
import { requireRole, type Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatDayAndTime } from "@/lib/utils/format-date";
import { bookByPracticeAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("practiceBooking");
  return { title: t("metaTitle") };
}

// ?debut=<instant>&cabinet=<location id>&praticien=<practitioner id>, from a free time of
// the agenda; ?q= searches own patients, ?patient= is the one chosen.
const querySchema = z.object({
  debut: instantSchema.optional().catch(undefined),
  cabinet: z.uuid().optional().catch(undefined),
  praticien: z.uuid().optional().catch(undefined),
  patient: z.uuid().optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
});

type BookingPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Booking a patient on the phone: the time comes from the agenda; then an own patient or a
// new record, then the motive.
export default async function PracticeBookingPage({ searchParams }: BookingPageProps) {
  const user = await requireRole("PRACTITIONER", "SECRETARY");
  const query = querySchema.parse(await searchParams);
  const form = await getPracticeBookingForm(user, query.praticien).catch(missingUnlessAllowed);
  const t = await getTranslations("practiceBooking");
  const locale = (await getLocale()) as Locale;
  const back = (
    <p>
      <Link href={PRACTICE_AREA_PATH} className="text-brand-800 underline">
        {t("back")}
      </Link>
    </p>
  );
  const startsAt = query.debut;
  if (!startsAt) {
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        {back}
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {t("title")}
        </h1>
        <p className="text-slate-700">{t("noTime")}</p>
      </div>
    );
  }
  const location = form.locations.find((candidate) => candidate.id === query.cabinet);
  const [chosen, hits] = await Promise.all([
    query.patient
      ? getOwnPatient(user, form.practitionerId, query.patient).catch(notFoundOnAppError)
      : null,
    searchFor(user, form.practitionerId, query.q),
  ]);
  const base = { startsAt, locationId: location?.id, practitionerId: form.practitionerId };
  const texts = {
    motive: t("motive"),
    motivePlaceholder: t("motive"),
    submit: t("submit"),
    firstName: t("newPatient.firstName"),
    lastName: t("newPatient.lastName"),
    birthDate: t("newPatient.birthDate"),
    phone: t("newPatient.phone"),
    email: t("newPatient.email"),
    emailHint: t("newPatient.emailHint"),
  };
  const formProps = {
    action: bookByPracticeAction.bind(null, randomUUID()),
    startsAt: startsAt.toISOString(),
    practiceId: location?.id,
    motives: form.motives.map((motive) => ({ value: motive.id, label: motive.name })),
    texts,
  };
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      {back}
      <header className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {t("title")}
        </h1>
        <dl className="grid gap-2 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-[8rem_1fr]">
          <dt className="text-sm font-medium text-slate-600">{t("when")}</dt>
          <dd className="text-slate-900">{formatDayAndTime(locale, startsAt, form.timeZone)}</dd>
          {location && (
            <>
              <dt className="text-sm font-medium text-slate-600">{t("practice")}</dt>
              <dd className="text-slate-900">
                {[location.name, `${location.address}, ${location.city}`]
                  .filter(Boolean)
                  .join(" · ")}
              </dd>
            </>
          )}
        </dl>
      </header>

      {chosen ? (
        <PanelSection id="chosen-title" title={t("chosen.title")}>
          <p className="flex flex-wrap items-center gap-3 text-slate-900">
            <span className="font-medium">{[chosen.firstName, chosen.lastName].join(" ")}</span>
            <Link href={practiceBookingPath(base)} className="text-brand-800 underline">
              {t("chosen.change")}
            </Link>
          </p>
          <PracticeBookingForm {...formProps} patientId={chosen.id} />
        </PanelSection>
      ) : (
        <>
          <PanelSection id="search-title" title={t("search.title")}>
            <PatientSearch
              action={`${PRACTICE_AREA_PATH}/nouveau`}
              keep={Object.fromEntries(practiceBookingParams(base))}
              query={query.q ?? ""}
              hits={hits}
              hrefOf={(patientId) => practiceBookingPath({ ...base, patientId })}
            />
          </PanelSection>
          <PanelSection id="new-title" title={t("newPatient.title")}>
            <PracticeBookingForm {...formProps} />
          </PanelSection>
        </>
      )}
    </div>
  );
}

// A secretary who only views the agenda cannot book: to them the page does not exist.
function missingUnlessAllowed(error: unknown): never {
  if (error instanceof AppError && error.code === "FORBIDDEN") notFound();
  return notFoundOnAppError(error);
}

/**
 * The own patients matching what was typed (a name or a birth date), through the agenda's
 * search, which logs the read; nothing before a search, and no match for a query too short
 * or too long to be one.
 */
async function searchFor(
  user: Actor,
  practitionerId: string,
  q: string | undefined,
): Promise<OwnPatientHit[] | null> {
  if (!q) return null;
  const parsed = ownPatientsQuerySchema.safeParse({ q, practitionerId });
  if (!parsed.success) return [];
  const { patients } = await searchOwnPatients(user, parsed.data, new Date());
  return patients;
}
