import type { ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_DIGEST, withDatabaseDigest } from "@/lib/db/errors";
import ConsoleError from "./(console)/error";
import AppError from "./error";
import GlobalError from "./global-error";

type Boundary = ComponentType<{ error: unknown; retry: () => void }>;

// In production a server component's error arrives as a generic Error with only its digest.
const fromServer = (digest: string) => Object.assign(new Error("An error occurred in the Server Components render."), { digest });
const render = (Boundary: Boundary, error: unknown) => renderToStaticMarkup(<Boundary error={error} retry={() => undefined} />);

describe.each<[string, Boundary]>([
  ["app/(console)/error.tsx", ConsoleError],
  ["app/error.tsx", AppError],
  ["app/global-error.tsx", GlobalError],
])("%s", (_, Boundary) => {
  it("says the database is not answering when the error carries the database digest", () => {
    const html = render(Boundary, fromServer(DATABASE_UNAVAILABLE_DIGEST));
    expect(html).toContain("The console cannot reach its database");
    expect(html).toContain("Nothing was changed");
    expect(html).toContain(">Try again</button>");
    expect(html).not.toContain("Reference for the server log");
  });

  it("says something went wrong otherwise, with the digest to find it in the server log", () => {
    const html = render(Boundary, fromServer("2749318402"));
    expect(html).toContain("Something went wrong on our side");
    expect(html).toContain("<code>2749318402</code>");
    expect(html).toContain(">Try again</button>");
    expect(html).not.toContain("database");
  });

  it("copes with a thrown value that is not an Error", () => {
    expect(render(Boundary, "boom")).toContain("Something went wrong on our side");
    expect(render(Boundary, null)).toContain("Something went wrong on our side");
  });
});

describe("the digest that reaches the boundary", () => {
  it("is set by server code on a real outage (here an ECONNREFUSED from the driver)", () => {
    const refused = withDatabaseDigest(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    expect(render(ConsoleError, refused)).toContain("The console cannot reach its database");
  });

  it("puts the message first for keyboard and screen reader users: an alert whose heading takes focus", () => {
    const html = render(ConsoleError, fromServer(DATABASE_UNAVAILABLE_DIGEST));
    expect(html).toMatch(/<section role="alert" aria-labelledby="error-state-title"/);
    expect(html).toMatch(/<h1 id="error-state-title" tabindex="-1"/);
  });
});
