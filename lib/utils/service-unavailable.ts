// Shared by the server (which marks a database outage) and the error pages (which show it),
// so pure and client-safe.

/** The digest Next hands the error page for a database outage, instead of a hash. */
export const SERVICE_UNAVAILABLE_DIGEST = "PRAXIS_SERVICE_UNAVAILABLE";

/** Seconds a client is told to wait before retrying (Retry-After) during an outage. */
export const RETRY_AFTER_SECONDS = 5;
