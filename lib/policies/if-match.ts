import { AppError } from "@/lib/errors/app-error";

const ENTITY_TAG = /^(?:W\/)?"?(\d{1,9})"?$/;

/** The ETag of a group's settings: its version, quoted. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/**
 * The settings version a write was based on, from `If-Match`. Without it a write could silently
 * overwrite someone else's change, so it is required (428); `*` is refused for the same reason.
 */
export function expectedVersionFrom(headers: Headers): number {
  const value = headers.get("if-match")?.trim();
  if (!value) {
    throw new AppError("precondition_required", 'This change needs an If-Match header with the version it is based on, e.g. If-Match: "3" (the ETag of GET /api/v1/groups/{id}).');
  }
  const match = ENTITY_TAG.exec(value);
  if (!match) {
    throw new AppError("bad_request", `If-Match must name one settings version, e.g. "3"; got ${value}.`, {
      fields: [{ field: "If-Match", message: "must be a quoted version number" }],
    });
  }
  return Number(match[1]);
}
