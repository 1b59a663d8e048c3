import "server-only";
import { assertAdmin } from "./assert-admin";
import type { Actor } from "./policy";
import { toPractitionerSummary, type PractitionerSummary } from "./practitioner-view";
import { findPractitionerPage, listSpecialties } from "./queries";
import type { VerificationFilter } from "./schemas";

export const PRACTITIONER_PAGE_SIZE = 25;

export type PractitionerPage = {
  practitioners: PractitionerSummary[];
  page: number;
  pageCount: number;
  total: number;
};

export async function listPractitioners(
  actor: Actor,
  query: { status: VerificationFilter; page: number },
): Promise<PractitionerPage> {
  assertAdmin(actor);
  const { rows, total } = await findPractitionerPage(
    query.status,
    (query.page - 1) * PRACTITIONER_PAGE_SIZE,
    PRACTITIONER_PAGE_SIZE,
  );
  return {
    practitioners: rows.map(toPractitionerSummary),
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / PRACTITIONER_PAGE_SIZE)),
    total,
  };
}

// The choices of the specialty field.
export async function listSpecialtyOptions(
  actor: Actor,
): Promise<{ id: string; nameFr: string }[]> {
  assertAdmin(actor);
  return listSpecialties();
}
