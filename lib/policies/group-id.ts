import { AppError } from "@/lib/api/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function groupNotFound(): AppError {
  return new AppError("not_found", "No such delivery group.");
}

/** A group or revision id from a URL: anything but a UUID cannot exist, so it is a 404 rather than a database error. */
export function requireUuid(id: string, notFound: () => AppError = groupNotFound): string {
  if (!UUID.test(id)) throw notFound();
  return id.toLowerCase();
}
