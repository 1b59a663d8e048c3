import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";

// Query strings of the JSON API. An unknown parameter is refused (400) rather than
// ignored, so that a misspelt filter never silently widens a search; a repeated one
// reaches the schema as a list, which it refuses (422) like any other invalid value.

const MAX_NAMES_IN_MESSAGE = 3;
const MAX_NAME_LENGTH = 40;

export function readQueryParameters<T extends z.ZodType>(
  url: URL,
  shape: Record<string, z.ZodType>,
  schema: T,
): z.output<T> {
  const values: Record<string, string | string[]> = Object.create(null);
  const unknown = new Set<string>();
  for (const [name, value] of url.searchParams) {
    if (!Object.hasOwn(shape, name)) unknown.add(name);
    const previous = values[name];
    values[name] = previous === undefined ? value : [previous, value].flat();
  }
  if (unknown.size > 0) {
    const names = [...unknown]
      .slice(0, MAX_NAMES_IN_MESSAGE)
      .map((name) => `"${name.slice(0, MAX_NAME_LENGTH)}"`)
      .join(", ");
    const accepted = Object.keys(shape).join(", ") || "-";
    throw new AppError("BAD_REQUEST", {
      messageKey: "errors.detail.unknownParameter",
      values: { names, accepted },
    });
  }
  return schema.parse(values);
}
