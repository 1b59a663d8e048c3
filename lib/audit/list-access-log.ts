import "server-only";
import type { PractitionerTitle, Role } from "@/lib/generated/prisma/enums";
import { assertPatientArea } from "@/lib/patients/assert-patient-area";
import type { Actor } from "@/lib/patients/policy";
import { practitionerName } from "@/lib/utils/practitioner-name";
import { findAccessLogPage, findWholeAccessLog, type AccessLogRow } from "./queries";
import type { AccessAction } from "./schemas";

export const ACCESS_LOG_PAGE_SIZE = 20;

export type AccessLogEntryView = {
  id: string;
  at: Date;
  action: AccessAction;
  resourceType: string;
  resourceId: string | null;
  // Whose data: the holder or a relative (null once that person was pseudonymised).
  person: string | null;
  // The staff user who read it; null when that account no longer exists.
  actor: { name: string | null; role: Role } | null;
  // The practice they acted for: the practitioner and where they consult.
  practitioner: { name: string; practices: string[] } | null;
  // Set when someone else than the practitioner acted for them: "secrétariat du Dr X".
  secretariatOf: { title: PractitionerTitle; name: string } | null;
};

export type AccessLogPage = {
  entries: AccessLogEntryView[];
  page: number;
  pageCount: number;
  total: number;
};

function toView(row: AccessLogRow): AccessLogEntryView {
  const person = [row.patient.firstName, row.patient.lastName].filter(Boolean).join(" ");
  const { actor, practitioner } = row;
  return {
    id: row.id.toString(),
    at: row.createdAt,
    action: row.action,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    person: person || null,
    actor: actor && { name: actor.name, role: actor.role },
    secretariatOf:
      actor && practitioner && actor.id !== practitioner.userId
        ? {
            title: practitioner.title,
            name: [practitioner.firstName, practitioner.lastName].join(" "),
          }
        : null,
    practitioner: row.practitioner && {
      name: practitionerName(row.practitioner),
      practices: row.practitioner.locations.map(({ location }) =>
        [location.name, location.city].filter(Boolean).join(", "),
      ),
    },
  };
}

// "Who accessed my data": staff reads of the holder's and their relatives' data.
export async function listMyAccessLog(actor: Actor, page: number): Promise<AccessLogPage> {
  assertPatientArea(actor);
  const { rows, total } = await findAccessLogPage(
    actor.id,
    (page - 1) * ACCESS_LOG_PAGE_SIZE,
    ACCESS_LOG_PAGE_SIZE,
  );
  return {
    entries: rows.map(toView),
    page,
    pageCount: Math.max(1, Math.ceil(total / ACCESS_LOG_PAGE_SIZE)),
    total,
  };
}

// The whole log, for the "my data" export.
export async function exportMyAccessLog(actor: Actor): Promise<AccessLogEntryView[]> {
  assertPatientArea(actor);
  return (await findWholeAccessLog(actor.id)).map(toView);
}
