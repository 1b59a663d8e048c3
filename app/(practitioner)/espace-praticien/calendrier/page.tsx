import { getLocale, getTranslations } from "next-intl/server";
import { FeedInitialsForm } from "@/components/calendar-feed/feed-initials-form";
import { RotateFeedForm } from "@/components/calendar-feed/rotate-feed-form";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { requireRole } from "@/lib/auth/session";
import { getFeedSettings } from "@/lib/calendar-feed/manage-feed";
import type { Locale } from "@/lib/i18n/locales";
import { formatInstant } from "@/lib/utils/format-date";
import { feedInitialsAction, revokeFeedAction, rotateFeedAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("calendarFeed.page");
  return { title: t("metaTitle") };
}

// A practitioner's or a secretary's private subscription: one per account, covering every
// agenda they may view.
export default async function CalendarFeedPage() {
  const user = await requireRole("PRACTITIONER", "SECRETARY");
  const settings = await getFeedSettings(user);
  const t = await getTranslations("calendarFeed.page");
  const locale = (await getLocale()) as Locale;
  return (
    <section aria-labelledby="feed-title" className="max-w-3xl space-y-8">
      <div className="max-w-prose space-y-3">
        <h1 id="feed-title" className="text-3xl font-bold tracking-tight text-slate-900">
          {t("title")}
        </h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="rounded-xl border border-slate-200 bg-brand-50 p-4 text-slate-800">
          {t("privacy")}
        </p>
      </div>
      <div className="space-y-4">
        <p className="text-slate-800">
          {settings.active
            ? t("active", { since: formatInstant(locale, settings.since) })
            : t("inactive")}
        </p>
        <RotateFeedForm
          action={rotateFeedAction}
          texts={{
            submit: settings.active ? t("rotate") : t("create"),
            hint: settings.active ? t("rotateHint") : undefined,
            urlLabel: t("urlLabel"),
            copy: t("copy"),
            copied: t("copied"),
          }}
        />
      </div>
      {settings.active && (
        <>
          <FeedInitialsForm
            action={feedInitialsAction}
            showInitials={settings.showInitials}
            texts={{ label: t("initials"), hint: t("initialsHint"), save: t("saveInitials") }}
          />
          <ActionButtonForm action={revokeFeedAction} label={t("revoke")} variant="danger">
            <p className="max-w-prose text-slate-700">{t("revokeHint")}</p>
          </ActionButtonForm>
        </>
      )}
    </section>
  );
}
