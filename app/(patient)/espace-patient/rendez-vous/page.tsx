import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentList } from "@/components/appointments/appointment-list";
import { listMyAppointments } from "@/lib/appointments/list-my-appointments";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Mes rendez-vous" };

export default async function MyAppointmentsPage() {
  const user = await requireRole("PATIENT");
  const { upcoming, past } = await listMyAppointments(user);
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Mes rendez-vous</h1>
      <section aria-labelledby="upcoming-title" className="space-y-4">
        <h2 id="upcoming-title" className="text-xl font-semibold text-slate-900">
          À venir
        </h2>
        <AppointmentList appointments={upcoming} emptyText="Aucun rendez-vous à venir." />
        <p>
          <Link href="/" className="font-medium text-brand-800 underline">
            Prendre un rendez-vous
          </Link>
        </p>
      </section>
      <section aria-labelledby="past-title" className="space-y-4">
        <h2 id="past-title" className="text-xl font-semibold text-slate-900">
          Passés et annulés
        </h2>
        <AppointmentList appointments={past} emptyText="Aucun rendez-vous passé." />
      </section>
    </div>
  );
}
