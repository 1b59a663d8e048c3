import "server-only";

/** Runs a task after the response is sent: Next's `after`, or a test's collector. */
export type Defer = (task: () => Promise<void>) => void;

/**
 * Runs `task` now, or hands it to `defer`. A deferred failure cannot reach the user, so it
 * is logged, by kind only (a database error may quote an email address).
 */
export async function runOrDefer(task: () => Promise<void>, defer?: Defer): Promise<void> {
  if (!defer) return task();
  defer(() =>
    task().catch((error: unknown) => {
      console.error(`[auth] deferred task failed (${(error as Error)?.name ?? typeof error})`);
    }),
  );
}
