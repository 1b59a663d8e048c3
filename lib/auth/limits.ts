// What the account forms need in the browser, apart from the zod schemas (see
// lib/patients/limits.ts: zod must not load there).

// The longest address SMTP can deliver to (RFC 5321: a 256-octet path, brackets included).
export const EMAIL_MAX_LENGTH = 254;
