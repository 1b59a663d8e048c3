import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { CancelForm } from "@/components/appointment-panel/cancel-form";
import { MoveForm } from "@/components/appointment-panel/move-form";
import {
  AppointmentCard,
  HistoryList,
  PatientCard,
} from "@/components/appointment-panel/panel-details";
import { PanelSection } from "@/components/appointment-panel/panel-section";
import { StatusActions, type StatusButton } from "@/components/appointment-panel/status-actions";
import { buttonClassName } from "@/components/ui/button";
import { getAppointmentPanel } from "@/lib/appointments/practice/get-appointment-panel";
import { listMoveTimes } from "@/lib/appointments/practice/list-move-times";
import { PRACTICE_AREA_PATH, practiceAppointmentPath } from "@/lib/appointments/practice/paths";
import { CANCEL_MESSAGE_MAX_LENGTH, type StatusTarget } from "@/lib/appointments/practice/schemas";
import { requireRole } from "@/lib/auth/session";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatDayAndTime, formatTime } from "@/lib/utils/format-date";
import { isoDateOfLocalDay, localDayAt } from "@/lib/utils/zoned-time";
import { cancelAppointmentAction, changeStatusAction, moveAppointmentAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("appointmentPanel");
  return { title: t("metaTitle") };
}

// ?jour=YYYY-MM-DD: the day whose free times the move offers; ?deplace, ?annule, ?reserve:
// what just happened, said once at the top.
const querySchema = z.object({
  jour: z.iso.date().optional().catch(undefined),
  deplace: z.literal("1").optional().catch(undefined),
  annule: z.literal("1").optional().catch(undefined),
  reserve: z.literal("1").optional().catch(undefined),
});

type PanelPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The practice's panel of one appointment: who, how to reach them, and what to do with it.
export default async function AppointmentPanelPage({ params, searchParams }: PanelPageProps) {
  const user = await requireRole("PRACTITIONER", "SECRETARY");
  const [{ id }, query] = await Promise.all([params, searchParams.then(querySchema.parse)]);
  const now = new Date();
  const panel = await getAppointmentPanel(user, id, now).catch(notFoundOnAppError);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("appointmentPanel");
  const { timeZone, actions } = panel;
  const today = isoDateOfLocalDay(localDayAt(now.getTime(), timeZone));
  const appointmentDay = isoDateOfLocalDay(localDayAt(panel.startsAt.getTime(), timeZone));
  const moveDay = query.jour ?? (appointmentDay < today ? today : appointmentDay);
  const times = actions.canMove ? await listMoveTimes(user, panel.id, moveDay, now) : [];
  const banner = query.deplace
    ? "move.done"
    : query.annule
      ? "cancel.done"
      : query.reserve
        ? "booked"
        : null;
  const statusButtons = actions.statuses.flatMap((target) => statusButtonsFor(target, t));

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <p>
        <Link href={PRACTICE_AREA_PATH} className="text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
      {banner && (
        <p
          role="status"
          className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          {t(banner)}
        </p>
      )}
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {t("title", { when: formatDayAndTime(locale, panel.startsAt, timeZone) })}
        </h1>
        <p className="text-slate-700">
          {t("timeRange", {
            start: formatTime(locale, panel.startsAt, timeZone),
            end: formatTime(locale, panel.endsAt, timeZone),
          })}
        </p>
      </header>
      <div className="grid gap-6 md:grid-cols-2">
        <PatientCard patient={panel.patient} />
        <AppointmentCard panel={panel} />
      </div>

      <PanelSection id="status-title" title={t("actions.title")}>
        {statusButtons.length > 0 ? (
          <StatusActions
            action={changeStatusAction.bind(null, panel.id)}
            buttons={statusButtons}
            labelledBy="status-title"
          />
        ) : (
          <p className="text-slate-700">
            {t(actions.canManage ? "actions.none" : "actions.readOnly")}
          </p>
        )}
      </PanelSection>

      {actions.canMove && (
        <PanelSection id="move-title" title={t("move.title")}>
          <form
            method="get"
            action={practiceAppointmentPath(panel.id)}
            className="flex flex-wrap items-end gap-3"
          >
            <div>
              <label htmlFor="move-day" className="mb-1.5 block text-sm font-medium text-slate-700">
                {t("move.day")}
              </label>
              <input
                id="move-day"
                type="date"
                name="jour"
                required
                min={today}
                defaultValue={moveDay}
                className="block rounded-lg border border-slate-500 bg-white px-3 py-3 text-base text-slate-900"
              />
            </div>
            <button type="submit" className={buttonClassName("secondary")}>
              {t("move.showTimes")}
            </button>
          </form>
          <MoveForm
            key={moveDay}
            action={moveAppointmentAction.bind(null, panel.id)}
            times={times.map((time) => ({
              value: time.startsAt.toISOString(),
              label: formatTime(locale, time.startsAt, timeZone),
            }))}
            texts={{ time: t("move.time"), noTimes: t("move.noTimes"), submit: t("move.submit") }}
          />
        </PanelSection>
      )}

      {actions.canCancel && (
        <PanelSection id="cancel-title" title={t("cancel.title")}>
          <CancelForm
            action={cancelAppointmentAction.bind(null, panel.id)}
            maxLength={CANCEL_MESSAGE_MAX_LENGTH}
            texts={{
              message: t("cancel.message"),
              hint: t("cancel.messageHint"),
              submit: t("cancel.submit"),
            }}
          />
        </PanelSection>
      )}

      <HistoryList panel={panel} />
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"appointmentPanel">>>;

// A no-show is offered twice (excused or not); the undo is the quiet button.
function statusButtonsFor(target: StatusTarget, t: Translate): StatusButton[] {
  if (target === "NO_SHOW") {
    return [
      { value: "NO_SHOW:unexcused", label: t("actions.NO_SHOW"), variant: "secondary" },
      { value: "NO_SHOW:excused", label: t("actions.NO_SHOW_EXCUSED"), variant: "secondary" },
    ];
  }
  const variant = target === "BOOKED" ? "secondary" : "primary";
  return [{ value: target, label: t(`actions.${target}`), variant }];
}
