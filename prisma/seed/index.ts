export { DEFAULT_PRACTITIONER_COUNT } from "./build-practitioners";
export { DEMO_ACCOUNTS } from "./demo-accounts";
export { seedDatabase, type SeedOptions, type SeedResult } from "./seed-database";
