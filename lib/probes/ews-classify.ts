import type { StepData } from "@/lib/probes/types";

/** Pure: what the app would make of an answer from /EWS/Exchange.asmx. */

export type EwsResponse = {
  status: number;
  /** Header name (lower case) to every value received. */
  headers: Record<string, string[]>;
  body: string;
};

export type EwsVerdict =
  | { ok: true; kind: "authenticating" | "soap" | "xml"; detail: string; data: StepData }
  | { ok: false; reason: "ews_html" | "ews_unparsable"; detail: string; data: StepData };

const SOAP_ENVELOPE = /<([\w-]+:)?Envelope[\s>]/;
const HTML_START = /^(<!doctype html|<html[\s>])/i;
const TITLE = /<title[^>]*>([^<]{1,120})<\/title>/i;

function header(response: EwsResponse, name: string): string {
  return response.headers[name]?.join(", ") ?? "";
}

/** The first characters of the body on one line, to show what answered instead of EWS. */
function bodyStart(body: string): string {
  return body.replace(/\s+/g, " ").trim().slice(0, 120);
}

export function classifyEwsResponse(response: EwsResponse): EwsVerdict {
  const { status } = response;
  const contentType = header(response, "content-type");
  const body = response.body.replace(/^\uFEFF/, "").trimStart();
  const data: StepData = { status, contentType: contentType || null };

  const challenges = response.headers["www-authenticate"] ?? [];
  if (status === 401 && challenges.length > 0) {
    // Each header value may itself list schemes ("Negotiate, NTLM") or carry parameters (Basic realm="x").
    const schemes = challenges.flatMap((value) => value.split(",")).map((part) => part.trim().split(/\s+/)[0] ?? "");
    const authSchemes = [...new Set(schemes.filter((scheme) => /^[A-Za-z][\w-]*$/.test(scheme)))];
    return {
      ok: true,
      kind: "authenticating",
      detail: `EWS answers and asks for authentication (${authSchemes.join(", ")})`,
      data: { ...data, authSchemes },
    };
  }
  if (SOAP_ENVELOPE.test(body.slice(0, 4096))) {
    return { ok: true, kind: "soap", detail: `EWS answers with SOAP (HTTP ${status})`, data };
  }
  const isHtml = /html/i.test(contentType) || HTML_START.test(body);
  if (!isHtml && /xml/i.test(contentType) && body.startsWith("<")) {
    return { ok: true, kind: "xml", detail: `EWS answers with XML (HTTP ${status})`, data };
  }

  const failureData = { ...data, bodyStart: bodyStart(body) };
  if (status >= 300 && status < 400) {
    const location = header(response, "location") || "nowhere";
    return { ok: false, reason: "ews_unparsable", detail: `HTTP ${status} redirects to ${location} instead of answering EWS`, data: failureData };
  }
  if (isHtml) {
    const title = TITLE.exec(body)?.[1]?.trim();
    const page = title ? `an HTML page ("${title}")` : "an HTML page";
    return { ok: false, reason: "ews_html", detail: `HTTP ${status} returns ${page}, not SOAP`, data: failureData };
  }
  if (status === 401) {
    return { ok: false, reason: "ews_unparsable", detail: "HTTP 401 without an authentication challenge", data: failureData };
  }
  const what = body.length === 0 ? "an empty body" : contentType ? `${contentType}` : "a body of unknown type";
  return { ok: false, reason: "ews_unparsable", detail: `HTTP ${status} returns ${what}, not SOAP`, data: failureData };
}
