import "server-only";
import { db } from "@/lib/db/client";
import { seedDemoFleet } from "./seed-demo-fleet";
import { seedDemoGroups } from "./seed-demo-groups";

/** Demo delivery groups and a small simulated fleet, added only to an empty console. */
export async function seedDemoData(log: (line: string) => void): Promise<void> {
  if ((await db().deliveryGroup.count()) > 0) return;
  const groups = await seedDemoGroups();
  log(`Demo data: ${groups.length} delivery groups.`);
  const fleet = await seedDemoFleet(groups);
  if (fleet) log(`Demo data: ${fleet.users} users, ${fleet.devices} devices, ${fleet.events} notification events.`);
}
