import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** For pages: a use case's NOT_FOUND becomes the 404 page; anything else goes on up. */
export function notFoundOnAppError(error: unknown): never {
  if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
  throw error;
}

/**
 * For pages of an area the user may not use (a secretary on the practitioner's own
 * settings): as missing as a page they cannot reach at all.
 */
export function notFoundOnNoAccess(error: unknown): never {
  if (error instanceof AppError && error.code === "FORBIDDEN") notFound();
  return notFoundOnAppError(error);
}
