import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import { seedDatabase } from "../prisma/seed";

// The pages benchmark reads the demo data a newcomer gets (`npm run db:seed`), seeded once
// into its own database and reused.

export type ProfileUnderTest = { slug: string; motiveId: string };

export async function ensureDemoData(
  url: string,
  log: (line: string) => void,
): Promise<ProfileUnderTest> {
  const prisma = createPrismaClient(url, 4);
  try {
    log(`dataset: ${(await seedDatabase(prisma)).summary}`);
  } finally {
    await prisma.$disconnect();
  }
  // The heaviest profile: the verified practitioner with the most active motives (the
  // page lists every motive), and their first motive for the booking page.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string; motive_id: string }>(`
      SELECT p.slug, (array_agg(m.id::text ORDER BY m.position, m.id))[1] AS motive_id
      FROM practitioners p JOIN motives m ON m.practitioner_id = p.id AND m.active
      WHERE p.verified
      GROUP BY p.id ORDER BY count(*) DESC, p.slug LIMIT 1`);
    if (rows.length === 0) throw new Error("the demo data holds no verified practitioner");
    return { slug: rows[0].slug, motiveId: rows[0].motive_id };
  } finally {
    await client.end();
  }
}
