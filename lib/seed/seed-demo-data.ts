import { db } from "@/lib/db/client";

/** Demo delivery groups and fleet, added only to an empty console. */
export async function seedDemoData(log: (line: string) => void): Promise<void> {
  if ((await db().deliveryGroup.count()) > 0) return;
  log("Demo data: none yet.");
}
