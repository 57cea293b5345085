import "server-only";
import { seedAdmin } from "./seed-admin";
import { seedDemoData } from "./seed-demo-data";

export async function seedConsole({ log }: { log: (line: string) => void }): Promise<void> {
  await seedAdmin(log);
  await seedDemoData(log);
}
