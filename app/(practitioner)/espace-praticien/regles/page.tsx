import { getTranslations } from "next-intl/server";
import { BookingRulesForm } from "@/components/practice-settings/booking-rules-form";
import { SettingsFrame } from "@/components/practice-settings/settings-frame";
import { requireUser } from "@/lib/auth/session";
import { notFoundOnNoAccess } from "@/lib/http/not-found-on-app-error";
import { getBookingRules } from "@/lib/practice-settings/booking-rules";
import { saveBookingRulesAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("practiceSettings.rules");
  return { title: t("title") };
}

export default async function BookingRulesPage() {
  const user = await requireUser();
  const rules = await getBookingRules(user).catch(notFoundOnNoAccess);
  const t = await getTranslations("practiceSettings.rules");
  const labels = {
    minNoticeMinutes: { label: t("minNotice"), hint: t("minNoticeHint") },
    bookingHorizonDays: { label: t("horizon"), hint: t("horizonHint") },
    bufferMinutes: { label: t("buffer"), hint: t("bufferHint") },
    cancellationDeadlineHours: {
      label: t("cancellationDeadline"),
      hint: t("cancellationDeadlineHint"),
    },
    acceptsNewPatients: { label: t("acceptsNewPatients"), hint: t("acceptsNewPatientsHint") },
    submit: t("submit"),
  };
  return (
    <SettingsFrame title={t("title")} intro={t("intro")}>
      <BookingRulesForm rules={rules} labels={labels} action={saveBookingRulesAction} />
    </SettingsFrame>
  );
}
