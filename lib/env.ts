import "server-only";
import { z } from "zod";

// Validated once at startup; every other module reads configuration from here.
const postgresUrl = z
  .url({ message: "must be a URL like postgresql://user:password@host:5432/praxis" })
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgresql://");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl,
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    APP_URL: z.url().optional(),
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().default("Praxis <no-reply@praxis.localhost>"),
    REDIS_URL: z.url().optional(),
    // Where security.txt sends vulnerability reports: a mailto: or https: URL.
    SECURITY_CONTACT: z
      .url({ protocol: /^(mailto|https)$/, message: "must be a mailto: or https: URL" })
      .optional(),
    // Campaign cells below this many passages are never published (shown as "< k").
    CAMPAIGN_MIN_COUNT: z.coerce
      .number({ message: "must be a whole number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(1000, "must be at most 1000")
      .default(10),
  })
  .refine((env) => env.NODE_ENV !== "production" || env.AUTH_SECRET, {
    message: "AUTH_SECRET is required in production",
    path: ["AUTH_SECRET"],
  })
  // Below 5, a published cell could single out a handful of patients of one campaign.
  .refine((env) => env.NODE_ENV !== "production" || env.CAMPAIGN_MIN_COUNT >= 5, {
    message: "must be at least 5 in production",
    path: ["CAMPAIGN_MIN_COUNT"],
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid configuration: ${issue.path.join(".")} ${issue.message}`);
  }
  return result.data;
}

let cached: Env | undefined;

/**
 * The validated environment, read on first use rather than at import: `next build` loads
 * route modules without a database configured, and must not fail for it.
 */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
