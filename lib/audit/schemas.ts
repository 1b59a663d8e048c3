import { z } from "zod";

export const ACCESS_ACTIONS = [
  "VIEW_PROFILE",
  "VIEW_APPOINTMENT",
  "LIST_APPOINTMENTS",
  "UPDATE_APPOINTMENT",
  "VIEW_PATIENT_HISTORY",
  "EXPORT_DAY_LIST",
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

// What was read: a person's profile or one of their appointments.
export const ACCESS_RESOURCE_TYPES = ["patient", "appointment"] as const;
export type AccessResourceType = (typeof ACCESS_RESOURCE_TYPES)[number];

// One staff read of a patient's data. The actor is the staff user; the practitioner is the
// practice they acted for (null for Praxis's own admins).
export const accessEntrySchema = z.strictObject({
  actorId: z.uuid(),
  patientId: z.uuid(),
  practitionerId: z.uuid().nullable().optional(),
  action: z.enum(ACCESS_ACTIONS),
  resourceType: z.enum(ACCESS_RESOURCE_TYPES),
  resourceId: z.uuid(),
});
export type AccessEntry = z.input<typeof accessEntrySchema>;
