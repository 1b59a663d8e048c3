import "server-only";
import { exportMyAccessLog } from "@/lib/audit/list-access-log";
import { AppError } from "@/lib/errors";
import { listMailsTo } from "@/lib/mail/outbox";
import { practitionerName } from "@/lib/utils/practitioner-name";
import { assertPatientArea } from "../assert-patient-area";
import type { Actor } from "../policy";
import { findAccountExport } from "./queries";

type AccountExport = NonNullable<Awaited<ReturnType<typeof findAccountExport>>>;
type PersonRow = AccountExport["patients"][number];

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

function exportPerson(person: PersonRow) {
  return {
    id: person.id,
    relationship: person.relationship,
    firstName: person.firstName,
    lastName: person.lastName,
    birthDate: isoDate(person.birthDate),
    phone: person.phone,
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
  };
}

function exportAppointments(person: PersonRow) {
  return person.appointments.map(({ practitioner, motive, location, ...appointment }) => ({
    ...appointment,
    patientId: person.id,
    practitioner: {
      name: practitionerName(practitioner),
      specialty: practitioner.specialty.nameFr,
    },
    motive: motive.name,
    location,
  }));
}

/**
 * Everything Praxis holds about the account holder and the people they manage, as one JSON
 * document (right of access and to portability): the account, the profiles, every
 * appointment with its practitioner, the staff accesses and the mails sent to them. Secrets
 * (password hash, tokens, sessions) are deliberately left out.
 */
export async function exportMyData(actor: Actor, now = new Date()) {
  assertPatientArea(actor);
  const account = await findAccountExport(actor.id);
  if (!account) throw new AppError("NOT_FOUND");
  const { patients, ...user } = account;
  const [accessLog, mails] = await Promise.all([exportMyAccessLog(actor), listMailsTo(user.email)]);
  return {
    format: "praxis-export/1",
    exportedAt: now,
    account: user,
    profile:
      patients.filter((person) => person.relationship === "SELF").map(exportPerson)[0] ?? null,
    relatives: patients.filter((person) => person.relationship !== "SELF").map(exportPerson),
    appointments: patients
      .flatMap(exportAppointments)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    accessLog,
    mails,
  };
}

export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;
