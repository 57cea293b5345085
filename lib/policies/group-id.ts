import { notFoundMessage } from "@/lib/contract/resource-id";
import { AppError } from "@/lib/errors/app-error";

/** The names the id-or-404 rule (lib/contract/resource-id.ts) uses for the policies' resources. */
export const GROUP = "delivery group";
export const REVISION = "revision of this delivery group";

export function groupNotFound(): AppError {
  return new AppError("not_found", notFoundMessage(GROUP));
}

export function revisionNotFound(): AppError {
  return new AppError("not_found", notFoundMessage(REVISION));
}
