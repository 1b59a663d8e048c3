// The only tests `npm test` lets skip. A skip not listed here fails the run: a proof that
// did not run must never read as passed. To declare one, add an entry with the test's file,
// the start of its full name (describe blocks and title, joined by " "), why it may skip,
// and the environment variable whose absence is the only allowed cause (under CI that
// variable is required, so these never skip there).

export type DeclaredSkip = {
  file: string;
  test: string;
  reason: string;
  onlyWithout: string;
};

export const DECLARED_SKIPS: readonly DeclaredSkip[] = [
  {
    file: "lib/appointments/concurrent-booking.int.test.ts",
    test: "50 clients booking one slot at once",
    reason:
      "the embedded PGlite runs one transaction at a time, so the race needs a real PostgreSQL server",
    onlyWithout: "TEST_DATABASE_URL",
  },
  {
    file: "scripts/db/migrate.int.test.ts",
    test: "migrateDatabase never applies a file twice when two runners start at once",
    reason: "advisory locks exclude nothing in PGlite's single session; needs a real server",
    onlyWithout: "TEST_DATABASE_URL",
  },
  ...[
    "a tagged journey counts each step once",
    "prefetches, HEAD, crawlers and bad campaign values count nothing",
    "the measurement page shows what one page view stores",
  ].map((test) => ({
    file: "e2e/campaign-journey.spec.ts",
    test,
    reason:
      "reads the campaign counters from the server's database, which npm test gives it (DATABASE_URL) only on a real PostgreSQL server",
    onlyWithout: "TEST_DATABASE_URL",
  })),
  {
    file: "e2e/campaigns-admin.spec.ts",
    test: "an admin creates a campaign, copies its links and reads its figures and CSV",
    reason:
      "writes campaign counters into the server's database, which npm test gives it (DATABASE_URL) only on a real PostgreSQL server",
    onlyWithout: "TEST_DATABASE_URL",
  },
];
