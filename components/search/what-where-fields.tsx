import { useTranslations } from "next-intl";
import { SearchIcon } from "@/components/ui/icons";
import { TextField } from "@/components/ui/text-field";
import type { FieldErrors } from "@/lib/errors";
import { SEARCH_TEXT_MAX_LENGTH } from "@/lib/search/schemas";
import { PlaceField } from "./place-field";

/** The two fields every search form starts with: what (a specialty or a name) and where. */
export function WhatWhereFields({
  idPrefix,
  values = {},
  errors = {},
}: {
  idPrefix: string;
  values?: { q?: string; place?: string };
  errors?: FieldErrors;
}) {
  const t = useTranslations("search");
  return (
    <>
      <TextField
        id={`${idPrefix}-q`}
        name="q"
        label={t("what.label")}
        placeholder={t("what.placeholder")}
        autoComplete="off"
        maxLength={SEARCH_TEXT_MAX_LENGTH}
        defaultValue={values.q}
        errors={errors.q}
        icon={<SearchIcon className="size-5" />}
      />
      <PlaceField
        id={`${idPrefix}-lieu`}
        label={t("where.label")}
        placeholder={t("where.placeholder")}
        defaultValue={values.place}
        errors={errors.place}
        maxLength={SEARCH_TEXT_MAX_LENGTH}
      />
    </>
  );
}
