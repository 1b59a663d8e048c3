import type { ReactNode } from "react";
import { PatientNav } from "@/components/patient/patient-nav";

// Navigation only: every page checks the session and role itself.
export default function PatientAreaLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[14rem_1fr]">
      <aside>
        <PatientNav />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
