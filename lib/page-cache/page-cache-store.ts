// The pages kept for anonymous visitors (see cached-page.ts): a few seconds each, a bounded
// number, forgotten whenever this process writes anything. Kept on globalThis because the
// proxy and the app's route handlers and actions are separate bundles in one process, and
// a write in one must empty the cache the other serves from. Pure module (no "server-only"):
// the proxy loads it.

export type StoredPage = {
  status: number;
  /** Header values and body still carry the placeholder nonce of the render. */
  headers: [string, string][];
  body: string;
  storedAt: number;
  /** Kept for other visitors (a 200 page that sets no cookie), or only served to those waiting. */
  sharable: boolean;
};

export const PAGE_TTL_MS = 5_000;
export const MAX_STORED_PAGES = 500;

type Store = {
  pages: Map<string, StoredPage>;
  filling: Map<string, Promise<StoredPage | null>>;
  /** Bumped by every write: a render begun before it must not be stored after it. */
  generation: number;
};

const STORE_KEY = Symbol.for("praxis.page-cache");

function store(): Store {
  const global = globalThis as { [STORE_KEY]?: Store };
  global[STORE_KEY] ??= { pages: new Map(), filling: new Map(), generation: 0 };
  return global[STORE_KEY];
}

/** The page stored under `key` if it is younger than PAGE_TTL_MS. */
export function storedPage(key: string, now = Date.now()): StoredPage | null {
  const page = store().pages.get(key);
  if (!page) return null;
  if (now - page.storedAt < PAGE_TTL_MS) return page;
  store().pages.delete(key);
  return null;
}

function storePage(key: string, page: StoredPage): void {
  const { pages } = store();
  pages.delete(key);
  pages.set(key, page);
  // A Map keeps insertion order: the first entries are the oldest.
  for (const oldest of pages.keys()) {
    if (pages.size <= MAX_STORED_PAGES) break;
    pages.delete(oldest);
  }
}

/**
 * Renders the page of `key` and stores it when it may be shared, one render per key at a
 * time: visitors arriving meanwhile wait for that render instead of starting their own.
 */
export function renderOnce(
  key: string,
  render: () => Promise<StoredPage | null>,
): Promise<StoredPage | null> {
  const current = store();
  const pending = current.filling.get(key);
  if (pending) return pending;
  const generation = current.generation;
  const started = render()
    .then((page) => {
      if (page?.sharable && current.generation === generation) storePage(key, page);
      return page;
    })
    .finally(() => current.filling.delete(key));
  current.filling.set(key, started);
  return started;
}

/** Called after every write this process makes: the next visitor sees it at once. */
export function forgetStoredPages(): void {
  const current = store();
  current.generation++;
  current.pages.clear();
}
