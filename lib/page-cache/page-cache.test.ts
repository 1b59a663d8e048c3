import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheablePageKey, isRenderForCache } from "./cached-page";
import {
  forgetStoredPages,
  MAX_STORED_PAGES,
  PAGE_TTL_MS,
  renderOnce,
  storedPage,
  type StoredPage,
} from "./page-cache-store";

const page = (body: string, sharable = true): StoredPage => ({
  status: 200,
  headers: [["content-type", "text/html"]],
  body,
  storedAt: Date.now(),
  sharable,
});

const request = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  new NextRequest(`http://praxis.test${path}`, init);

describe("which pages are shared between visitors", () => {
  it("shares the home page and profiles of anonymous visitors, under their address", () => {
    expect(cacheablePageKey(request("/"), "/")).toBe("/");
    expect(cacheablePageKey(request("/en"), "/")).toBe("/en");
    expect(cacheablePageKey(request("/de/praticiens/dr-x-paris"), "/praticiens/dr-x-paris")).toBe(
      "/de/praticiens/dr-x-paris",
    );
  });

  it.each([
    ["a query string (search text, a campaign)", request("/praticiens/dr-x?campagne=ete")],
    ["a signed-in visitor", request("/", { headers: { cookie: "__Host-praxis.session=x" } })],
    ["a signed-in visitor in dev", request("/", { headers: { cookie: "praxis.session=x" } })],
    ["a client navigation", request("/", { headers: { rsc: "1" } })],
    ["a prefetch", request("/", { headers: { "next-router-prefetch": "1" } })],
    ["a server action", request("/", { method: "POST", headers: { "next-action": "x" } })],
    ["a HEAD request", request("/", { method: "HEAD" })],
  ])("never shares the answer to %s", (_, each) => {
    expect(cacheablePageKey(each, "/")).toBeNull();
  });

  it("never shares search results, the booking form or the account areas", () => {
    for (const path of ["/recherche", "/rendez-vous/dr-x", "/espace-patient", "/admin"]) {
      expect(cacheablePageKey(request(path), path)).toBeNull();
    }
    expect(cacheablePageKey(request("/praticiens/a/b"), "/praticiens/a/b")).toBeNull();
  });

  it("takes no client's word for being the proxy's own render", () => {
    const forged = request("/", { headers: { "x-praxis-page-render": "guess" } });
    expect(isRenderForCache(forged)).toBe(false);
  });
});

describe("the kept pages", () => {
  afterEach(() => {
    forgetStoredPages();
    vi.useRealTimers();
  });

  it("renders a page once for the visitors who ask at the same time, then serves it kept", async () => {
    let renders = 0;
    const render = async () => page(`render ${++renders}`);
    const [first, second] = await Promise.all([renderOnce("/", render), renderOnce("/", render)]);
    expect(first?.body).toBe("render 1");
    expect(second?.body).toBe("render 1");
    expect(storedPage("/")?.body).toBe("render 1");
  });

  it("keeps a page a few seconds only", async () => {
    vi.useFakeTimers();
    await renderOnce("/", async () => page("home"));
    vi.advanceTimersByTime(PAGE_TTL_MS - 1);
    expect(storedPage("/")?.body).toBe("home");
    vi.advanceTimersByTime(1);
    expect(storedPage("/")).toBeNull();
  });

  it("serves a missing profile to those who asked, without keeping it", async () => {
    const missing = await renderOnce("/praticiens/x", async () => page("404", false));
    expect(missing?.body).toBe("404");
    expect(storedPage("/praticiens/x")).toBeNull();
  });

  it("forgets every page at a write, including one being rendered when it happened", async () => {
    await renderOnce("/", async () => page("before"));
    let finish: (value: StoredPage) => void = () => {};
    const rendering = renderOnce("/en", () => new Promise<StoredPage>((done) => (finish = done)));
    forgetStoredPages();
    finish(page("rendered before the write"));
    await rendering;
    expect(storedPage("/")).toBeNull();
    expect(storedPage("/en")).toBeNull();
  });

  it("holds a bounded number of pages, dropping the oldest", async () => {
    for (let index = 0; index <= MAX_STORED_PAGES; index++) {
      await renderOnce(`/praticiens/p${index}`, async () => page(String(index)));
    }
    expect(storedPage("/praticiens/p0")).toBeNull();
    expect(storedPage(`/praticiens/p${MAX_STORED_PAGES}`)?.body).toBe(String(MAX_STORED_PAGES));
  });
});
