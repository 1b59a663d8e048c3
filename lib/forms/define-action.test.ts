import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { INITIAL_ACTION_STATE } from "./action-state";
import { defineAction } from "./define-action";

const USER: SessionUser = {
  id: "u1",
  email: "p@example.test",
  role: "PATIENT",
  patientId: "p1",
  practitionerId: null,
};
vi.mock("@/lib/auth/session", () => ({ requireUser: async () => USER }));
// The page's language comes from the request in the app; these forms are French pages.
vi.mock("next-intl/server", () => ({ getLocale: async () => "fr" }));

const schema = z.strictObject({ name: z.string().min(2, "Trop court."), secret: z.string() });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  data.set("$ACTION_ID_abc", ""); // React's own field, never read
  return data;
}

describe("defineAction", () => {
  const seen = vi.fn();
  const action = defineAction(
    { auth: "user", schema, fields: ["name", "secret"], keep: ["name"], bind: ["itemId"] },
    async ({ user, input, bound }) => {
      seen(user.id, input, bound.itemId);
      if (input.name === "taken") throw new AppError("CONFLICT");
      if (input.name === "leave") redirect("/ailleurs");
      return { status: "done", message: "Enregistré." };
    },
  );

  it("hands the user, the parsed listed fields and the bound values to the handler", async () => {
    const state = await action("item-1", INITIAL_ACTION_STATE, form({ name: "Ada", secret: "s" }));
    expect(state).toEqual({ status: "done", message: "Enregistré." });
    expect(seen).toHaveBeenCalledWith("u1", { name: "Ada", secret: "s" }, "item-1");
  });

  it("answers invalid fields with their messages and the kept values only", async () => {
    const state = await action("item-1", INITIAL_ACTION_STATE, form({ name: "A", secret: "pw" }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ name: ["Trop court."] });
    expect(state.values).toEqual({ name: "A" });
  });

  it("answers an AppError with its catalogue message in the page's language", async () => {
    const state = await action(
      "item-1",
      INITIAL_ACTION_STATE,
      form({ name: "taken", secret: "s" }),
    );
    expect(state).toMatchObject({
      status: "error",
      message: "Cette opération entre en conflit avec des données existantes.",
    });
  });

  it("lets redirect() through", async () => {
    await expect(
      action("item-1", INITIAL_ACTION_STATE, form({ name: "leave", secret: "s" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("answers an unexpected error generically, with a reference, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failing = defineAction({ auth: "none" }, async () => {
      throw new Error("secret detail");
    });
    const state = await failing(INITIAL_ACTION_STATE, new FormData());
    expect(state.status).toBe("error");
    expect(JSON.stringify(state)).not.toContain("secret detail");
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
