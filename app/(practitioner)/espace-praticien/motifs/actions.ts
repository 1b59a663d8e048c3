"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/forms/define-action";
import { changeMotive, createMotive } from "@/lib/practice-settings/motives";
import { motiveInputSchema, motivePatchSchema } from "@/lib/practice-settings/schemas";

const MOTIVES_PATH = "/espace-praticien/motifs";
const KEPT = ["name", "durationMinutes", "color", "audience"] as const;

function readMotive(formData: FormData) {
  return {
    name: formData.get("name") ?? "",
    durationMinutes: formData.get("durationMinutes") ?? "",
    color: formData.get("color") ?? "",
    audience: formData.get("audience") ?? "",
    teleconsultation: formData.get("teleconsultation") === "on",
    locationIds: formData.getAll("locationIds").map(String),
  };
}

async function saved(key: "created" | "saved") {
  revalidatePath("/espace-praticien", "layout");
  return {
    status: "done" as const,
    message: (await getTranslations("practiceSettings.motives"))(key),
  };
}

export const createMotiveAction = defineAction(
  { auth: "user", schema: motiveInputSchema, read: readMotive, keep: KEPT },
  async ({ user, input }) => {
    await createMotive(user, input);
    return saved("created");
  },
);

// The use case checks again that the bound motive is the practitioner's own.
export const updateMotiveAction = defineAction(
  {
    auth: "user",
    schema: motiveInputSchema.omit({ practitionerId: true }),
    read: readMotive,
    keep: KEPT,
    bind: ["motiveId"],
  },
  async ({ user, input, bound }) => {
    await changeMotive(user, bound.motiveId, input);
    return saved("saved");
  },
);

export const moveMotiveAction = defineAction(
  { auth: "user", bind: ["motiveId", "position"] },
  async ({ user, bound }) => {
    const patch = motivePatchSchema.parse({ position: Number(bound.position) });
    await changeMotive(user, bound.motiveId, patch);
    revalidatePath(MOTIVES_PATH);
  },
);

export const setMotiveActiveAction = defineAction(
  { auth: "user", bind: ["motiveId", "active"] },
  async ({ user, bound }) => {
    await changeMotive(user, bound.motiveId, { active: bound.active === "true" });
    revalidatePath("/espace-praticien", "layout");
  },
);
