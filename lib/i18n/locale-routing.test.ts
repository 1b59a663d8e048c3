import { describe, expect, it } from "vitest";
import { routeLocale } from "./locale-routing";

const url = (pathname: string, search = "") => ({ pathname, search });
const none = { cookie: undefined, acceptLanguage: null };

describe("routeLocale", () => {
  it("serves prefixed pages in their language on the unprefixed route", () => {
    expect(routeLocale(url("/de/recherche", "?q=x"), none)).toEqual({
      kind: "serve",
      locale: "de",
      appPath: "/recherche",
    });
    expect(routeLocale(url("/recherche"), { cookie: "en", acceptLanguage: "de" })).toEqual({
      kind: "serve",
      locale: "fr",
      appPath: "/recherche",
    });
  });

  it("sends a first visit to the home page to the browser's language", () => {
    expect(routeLocale(url("/"), { cookie: undefined, acceptLanguage: "de-DE,de;q=0.9" })).toEqual({
      kind: "redirect",
      location: "/de",
      permanent: false,
    });
    expect(
      routeLocale(url("/", "?campagne=x"), { cookie: undefined, acceptLanguage: "en" }),
    ).toEqual({ kind: "redirect", location: "/en?campagne=x", permanent: false });
  });

  it("lets an explicit choice win over the browser, and ignores a garbage cookie", () => {
    expect(routeLocale(url("/"), { cookie: "fr", acceptLanguage: "de" }).kind).toBe("serve");
    expect(routeLocale(url("/"), { cookie: "en", acceptLanguage: "fr" })).toEqual({
      kind: "redirect",
      location: "/en",
      permanent: false,
    });
    expect(routeLocale(url("/"), { cookie: "<x>", acceptLanguage: "garbage;;" }).kind).toBe(
      "serve",
    );
  });

  it("sends /fr/… to the canonical French URL", () => {
    expect(routeLocale(url("/fr/recherche", "?q=a"), none)).toEqual({
      kind: "redirect",
      location: "/recherche?q=a",
      permanent: true,
    });
  });
});
