import { describe, expect, it } from "vitest";
import { formFields } from "./form-fields";

describe("formFields", () => {
  it("reads the named fields only, missing ones as undefined", () => {
    const formData = new FormData();
    formData.set("firstName", "Léa");
    formData.set("$ACTION_ID_abc", "");
    formData.set("role", "ADMIN");
    expect(formFields(formData, ["firstName", "lastName"])).toEqual({
      firstName: "Léa",
      lastName: undefined,
    });
  });

  it("turns a file where text was expected into an empty string", () => {
    const formData = new FormData();
    formData.set("firstName", new Blob(["x"]), "x.txt");
    expect(formFields(formData, ["firstName"])).toEqual({ firstName: "" });
  });
});
