// The named fields of a submitted form, as a plain object for a zod schema. Only the listed
// names are read: React adds its own hidden fields ($ACTION_…) to progressively enhanced
// forms, and a strict schema must judge what the user sent, not the framework. A missing
// field stays undefined (zod reports it); a file upload where text was expected becomes "".
export function formFields<Name extends string>(
  formData: FormData,
  names: readonly Name[],
): Record<Name, string | undefined> {
  const fields = {} as Record<Name, string | undefined>;
  for (const name of names) {
    const value = formData.get(name);
    fields[name] = value === null ? undefined : typeof value === "string" ? value : "";
  }
  return fields;
}

/** An empty form field or query parameter arrives as "": the same as leaving it out. */
export function blankAsMissing(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}
