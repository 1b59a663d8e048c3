#!/bin/sh
# Stand-in for Prisma's schema-engine binary (see prisma.config.ts): Praxis applies and
# authors migrations with its own scripts, so the CLI must never need the real engine.
echo "schema-engine is not available here: use npm run db:migrate / db:new / db:check" >&2
exit 1
