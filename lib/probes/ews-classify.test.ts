import { describe, expect, it } from "vitest";
import { classifyEwsResponse, type EwsResponse } from "@/lib/probes/ews-classify";

const response = (status: number, headers: Record<string, string[]>, body = ""): EwsResponse => ({ status, headers, body });

describe("classifyEwsResponse", () => {
  it("401 with challenges: authenticating, listing each scheme once", () => {
    const verdict = classifyEwsResponse(
      response(401, { "www-authenticate": ["Negotiate", "NTLM", 'Basic realm="mail"', "Negotiate, NTLM"] }),
    );

    expect(verdict).toMatchObject({ ok: true, kind: "authenticating", data: { status: 401, authSchemes: ["Negotiate", "NTLM", "Basic"] } });
  });

  it("a SOAP fault with HTTP 500 still shows EWS answering", () => {
    const body = '\uFEFF<?xml version="1.0"?><s:Envelope xmlns:s="x"><s:Body><s:Fault/></s:Body></s:Envelope>';

    expect(classifyEwsResponse(response(500, { "content-type": ["text/xml"] }, body))).toMatchObject({ ok: true, kind: "soap" });
  });

  it("XML that is not SOAP, served as XML: reachable", () => {
    expect(classifyEwsResponse(response(200, { "content-type": ["application/xml"] }, "<wsdl:definitions/>"))).toMatchObject({
      ok: true,
      kind: "xml",
    });
  });

  it("an HTML page names its title", () => {
    const verdict = classifyEwsResponse(
      response(200, { "content-type": ["text/html"] }, "<html><head><title> Proxy Error </title></head></html>"),
    );

    expect(verdict).toMatchObject({ ok: false, reason: "ews_html", detail: 'HTTP 200 returns an HTML page ("Proxy Error"), not SOAP' });
  });

  it("HTML without a content type is recognised by its start", () => {
    expect(classifyEwsResponse(response(503, {}, "  <!DOCTYPE html><p>down</p>"))).toMatchObject({ ok: false, reason: "ews_html" });
  });

  it("a redirect to a login page cannot be parsed by the app", () => {
    const verdict = classifyEwsResponse(response(302, { location: ["https://sso.example/login"] }));

    expect(verdict).toMatchObject({ ok: false, reason: "ews_unparsable", detail: "HTTP 302 redirects to https://sso.example/login instead of answering EWS" });
  });

  it.each([
    [response(401, {}), "HTTP 401 without an authentication challenge"],
    [response(200, { "content-type": ["application/json"] }, '{"ok":true}'), "HTTP 200 returns application/json, not SOAP"],
    [response(502, {}), "HTTP 502 returns an empty body, not SOAP"],
  ])("anything else is unparsable: %#", (input, detail) => {
    expect(classifyEwsResponse(input)).toMatchObject({ ok: false, reason: "ews_unparsable", detail });
  });
});
