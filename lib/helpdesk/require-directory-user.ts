import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { db } from "@/lib/db/client";

/** 404 for an unknown user, so a mistyped id is not mistaken for a user without events. */
export async function requireDirectoryUser(userId: string): Promise<void> {
  const found = await db().directoryUser.findUnique({ where: { id: userId }, select: { id: true } });
  if (!found) throw new AppError("not_found", `No directory user with id ${userId}.`);
}
