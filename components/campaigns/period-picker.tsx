import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PRESET_LENGTHS } from "@/lib/campaigns/period";
import { CUSTOM, type PeriodSelection } from "@/lib/campaigns/period-query";
import { asLocale, localizePath } from "@/lib/i18n/locales";

const FIELD =
  "block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";

/**
 * The period of the figures: a plain GET form, so it works without script and the address
 * names what is shown. The dates are read only with "custom"; a problem is said at the top.
 */
export async function PeriodPicker({
  selection,
  action,
  keep = {},
}: {
  selection: PeriodSelection;
  /** The page's own path, without its language prefix. */
  action: string;
  /** Other parameters of the page's address, kept when the period changes. */
  keep?: Record<string, string>;
}) {
  const t = await getTranslations("campaigns.period");
  const problemText = await getTranslations("campaigns.period.problems");
  const locale = asLocale(await getLocale());
  return (
    <form
      method="get"
      action={localizePath(locale, action)}
      aria-labelledby="period-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <h2 id="period-title" className="text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      {selection.problem && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {problemText(selection.problem)}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,16rem)_minmax(0,11rem)_minmax(0,11rem)_auto] sm:items-end">
        <div>
          <label htmlFor="period-choice" className="mb-1 block text-sm font-medium text-slate-800">
            {t("choice")}
          </label>
          <select
            id="period-choice"
            name="periode"
            defaultValue={String(selection.choice)}
            className={FIELD}
          >
            {PRESET_LENGTHS.map((length) => (
              <option key={length} value={length}>
                {t("lastDays", { count: length })}
              </option>
            ))}
            <option value={CUSTOM}>{t("custom")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="period-from" className="mb-1 block text-sm font-medium text-slate-800">
            {t("from")}
          </label>
          <input
            id="period-from"
            type="date"
            name="du"
            defaultValue={selection.from}
            className={FIELD}
          />
        </div>
        <div>
          <label htmlFor="period-to" className="mb-1 block text-sm font-medium text-slate-800">
            {t("to")}
          </label>
          <input
            id="period-to"
            type="date"
            name="au"
            defaultValue={selection.to}
            className={FIELD}
          />
        </div>
        <Button type="submit" variant="secondary" className="py-2 sm:justify-self-start">
          {t("show")}
        </Button>
      </div>
      <p className="text-sm text-slate-700">{t("hint")}</p>
    </form>
  );
}
