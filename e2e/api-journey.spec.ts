import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { OpenApiClient, type Declared, type OpenApiDocument } from "./openapi-client";
import { addChild, signIn, signUpAndVerify } from "./patient-helpers";

// A third party with only /api/v1/openapi.json in hand: search, profile, availability, book
// for a relative, list, reschedule, cancel. Every call goes through a client that sends only
// declared parameters and fields and can read only declared fields. The browser is used
// for what the API does not offer: creating the account, signing in, adding the relative.

const SEARCH = { q: "generaliste", place: "Lyon" };

test("a client that knows only the OpenAPI document books, moves and cancels for a relative", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const patient = await signUpAndVerify(page, "api-journey");
  await signIn(page, patient.email, patient.password);
  await addChild(page, "Inès", "2015-06-01");

  // page.request carries the session cookie the sign-in set, as a client's cookie jar would.
  const document = (await (
    await page.request.get("/api/v1/openapi.json")
  ).json()) as OpenApiDocument;
  expect(document.openapi).toBe("3.1.0");
  const api = new OpenApiClient(page.request, document);

  // Search, then pick a practitioner with free days (at random: parallel specs book too).
  const search = await api.call("searchPractitioners", { query: SEARCH });
  expect(search.status).toBe(200);
  const bookable: Declared[] = [];
  for (let i = 0; i < search.body.results.length; i++) {
    if (search.body.results[i].nextFreeDays.length > 0) bookable.push(search.body.results[i]);
  }
  expect(bookable.length).toBeGreaterThan(0);
  const chosen = bookable[Math.floor(Math.random() * bookable.length)];
  const practitionerId: string = chosen.id;
  const slug: string = chosen.slug;

  // The profile gives the motives; a first visit suits a new patient.
  const profile = await api.call("getPractitioner", { params: { slug } });
  expect(profile.status).toBe(200);
  expect(profile.body.id).toBe(practitionerId);
  let motiveId = "";
  for (let i = 0; i < profile.body.motives.length; i++) {
    const motive = profile.body.motives[i];
    if (motive.newPatients && !motive.teleconsultation) {
      motiveId = motive.id;
      break;
    }
  }
  expect(motiveId).not.toBe("");

  const freeStarts = async (): Promise<string[]> => {
    const from = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const availability = await api.call("getAvailability", {
      params: { slug },
      query: { motive: motiveId, from, to },
    });
    expect(availability.status).toBe(200);
    const starts: string[] = [];
    for (let i = 0; i < availability.body.slots.length; i++) {
      starts.push(availability.body.slots[i].start);
    }
    return starts;
  };

  // Who to book for: the relative, from GET /api/v1/me.
  const me = await api.call("getMe");
  expect(me.status).toBe(200);
  expect(me.body.language).toBe("fr");
  expect(me.body.relatives.length).toBe(1);
  const relative = me.body.relatives[0];
  expect(relative.firstName).toBe("Inès");
  const patientId: string = relative.id;

  // Book a random free slot; a slot taken meanwhile answers with the next free ones.
  const starts = await freeStarts();
  expect(starts.length).toBeGreaterThan(1);
  let startsAt = starts[Math.floor(Math.random() * starts.length)];
  let booked = await api.call("bookAppointment", {
    headers: { "Idempotency-Key": randomUUID() },
    body: { practitionerId, motiveId, patientId, startsAt },
  });
  for (let attempt = 0; booked.status === 409 && attempt < 3; attempt++) {
    startsAt = booked.body.error.nextSlots[0].startsAt;
    booked = await api.call("bookAppointment", {
      headers: { "Idempotency-Key": randomUUID() },
      body: { practitionerId, motiveId, patientId, startsAt },
    });
  }
  expect(booked.status).toBe(201);
  const appointmentId: string = booked.body.appointment.id;
  expect(booked.body.appointment.patient.id).toBe(patientId);
  expect(booked.body.appointment.practitioner.slug).toBe(slug);

  // The list shows it as upcoming.
  const listed = await api.call("listMyAppointments");
  expect(listed.status).toBe(200);
  expect(listed.body.upcoming.length).toBe(1);
  expect(listed.body.upcoming[0].id).toBe(appointmentId);

  // Move it to another free slot.
  const otherStarts = (await freeStarts()).filter(
    (start) => new Date(start).getTime() !== new Date(startsAt).getTime(),
  );
  let moved = await api.call("rescheduleAppointment", {
    params: { id: appointmentId },
    body: { startsAt: otherStarts[Math.floor(Math.random() * otherStarts.length)] },
  });
  for (let attempt = 0; moved.status === 409 && attempt < 3; attempt++) {
    moved = await api.call("rescheduleAppointment", {
      params: { id: appointmentId },
      body: { startsAt: moved.body.error.nextSlots[0].startsAt },
    });
  }
  expect(moved.status).toBe(201);
  const newId: string = moved.body.appointment.id;
  expect(moved.body.appointment.rescheduledFromId).toBe(appointmentId);

  // Cancel the new one: nothing is left upcoming, both are in the past list.
  const cancelled = await api.call("cancelAppointment", { params: { id: newId } });
  expect(cancelled.status).toBe(200);
  expect(cancelled.body.appointment.status).toBe("CANCELLED");
  const after = await api.call("listMyAppointments");
  expect(after.body.upcoming.length).toBe(0);
  const past: string[] = [];
  for (let i = 0; i < after.body.past.length; i++) past.push(after.body.past[i].status);
  expect(past).toEqual(["CANCELLED", "CANCELLED"]);
});

test("the document's answers refuse what it does not declare", async ({ request }) => {
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApiDocument;
  const api = new OpenApiClient(request, document);
  const me = await api.call("getMe");
  expect(me.status).toBe(401);
  expect(() => me.body.error.secret).toThrow(/undeclared/);
  await expect(api.call("searchPractitioners", { query: { utm_source: "x" } })).rejects.toThrow(
    /undeclared utm_source/,
  );
});
