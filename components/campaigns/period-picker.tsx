import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { PRESET_LENGTHS } from "@/lib/campaigns/period";
import { CUSTOM, type PeriodSelection } from "@/lib/campaigns/period-query";
import { asLocale, localizePath } from "@/lib/i18n/locales";

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
        <SelectField
          id="period-choice"
          name="periode"
          label={t("choice")}
          defaultValue={String(selection.choice)}
          options={[
            ...PRESET_LENGTHS.map((length) => ({
              value: String(length),
              label: t("lastDays", { count: length }),
            })),
            { value: CUSTOM, label: t("custom") },
          ]}
        />
        <TextField
          id="period-from"
          type="date"
          name="du"
          label={t("from")}
          defaultValue={selection.from}
        />
        <TextField
          id="period-to"
          type="date"
          name="au"
          label={t("to")}
          defaultValue={selection.to}
        />
        <Button type="submit" variant="secondary" className="sm:justify-self-start">
          {t("show")}
        </Button>
      </div>
      <p className="text-sm text-slate-700">{t("hint")}</p>
    </form>
  );
}
