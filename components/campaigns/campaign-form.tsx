"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { LANDING_PATH_MAX_LENGTH } from "@/lib/campaigns/landing-path";
import {
  CAMPAIGN_CHANNELS,
  CAMPAIGN_NAME_MAX_LENGTH,
  type CampaignChannel,
} from "@/lib/campaigns/options";
import { SLUG_MAX_LENGTH } from "@/lib/campaigns/slug-rules";
import type { ActionState } from "@/lib/forms/action-state";

export type CampaignFormValues = {
  slug: string;
  name: string;
  channel: CampaignChannel;
  startsOn: string;
  endsOn: string;
  budgetEuros: string;
  landingPath: string;
};

/** The form's words, translated by the server page (no catalogue in the browser). */
export type CampaignFormTexts = {
  name: string;
  slug: string;
  slugHint: string;
  channel: string;
  channels: Record<CampaignChannel, string>;
  startsOn: string;
  endsOn: string;
  budget: string;
  budgetHint: string;
  landingPath: string;
  landingPathHint: string;
  submit: string;
};

const IDS = {
  name: "campaign-name",
  slug: "campaign-slug",
  channel: "campaign-channel",
  startsOn: "campaign-starts-on",
  endsOn: "campaign-ends-on",
  budgetEuros: "campaign-budget",
  landingPath: "campaign-landing-path",
};

// Creating: every field, the slug included. Editing (`saved` given): the slug is fixed, as it
// is printed on posters and links already.
export function CampaignForm({
  action,
  saved,
  texts,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  saved?: CampaignFormValues;
  texts: CampaignFormTexts;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof CampaignFormValues, fallback = "") =>
    shownValue(state, name, saved?.[name] ?? fallback);
  const channels = CAMPAIGN_CHANNELS.map((channel) => ({
    value: channel,
    label: texts.channels[channel],
  }));
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormStatus state={state} fieldIds={IDS} />
      <TextField
        id={IDS.name}
        name="name"
        label={texts.name}
        required
        maxLength={CAMPAIGN_NAME_MAX_LENGTH}
        defaultValue={value("name")}
        errors={errors.name}
      />
      {!saved && (
        <TextField
          id={IDS.slug}
          name="slug"
          label={texts.slug}
          hint={texts.slugHint}
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={SLUG_MAX_LENGTH}
          defaultValue={value("slug")}
          errors={errors.slug}
        />
      )}
      <SelectField
        id={IDS.channel}
        name="channel"
        label={texts.channel}
        required
        options={channels}
        defaultValue={value("channel", "POSTER")}
        errors={errors.channel}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id={IDS.startsOn}
          name="startsOn"
          type="date"
          label={texts.startsOn}
          required
          defaultValue={value("startsOn")}
          errors={errors.startsOn}
        />
        <TextField
          id={IDS.endsOn}
          name="endsOn"
          type="date"
          label={texts.endsOn}
          required
          defaultValue={value("endsOn")}
          errors={errors.endsOn}
        />
      </div>
      <TextField
        id={IDS.budgetEuros}
        name="budgetEuros"
        label={texts.budget}
        hint={texts.budgetHint}
        inputMode="decimal"
        autoComplete="off"
        defaultValue={value("budgetEuros")}
        errors={errors.budgetEuros}
      />
      <TextField
        id={IDS.landingPath}
        name="landingPath"
        label={texts.landingPath}
        hint={texts.landingPathHint}
        required
        autoComplete="off"
        spellCheck={false}
        maxLength={LANDING_PATH_MAX_LENGTH}
        defaultValue={value("landingPath", "/")}
        errors={errors.landingPath}
      />
      <Button type="submit" disabled={pending}>
        {texts.submit}
      </Button>
    </form>
  );
}
