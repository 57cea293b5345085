import { chance, seededRandom } from "@/bench/support/random";

export type DeviceFactsRow = { mailNotificationsEnabled: boolean | undefined; derivedCredentials: boolean | undefined };
export type MemberRow = { id: number; devices: DeviceFactsRow[] };

/** A group's members, each with 1 to 3 devices and the facts those devices report (some not reported yet). */
export function generateMembers(count: number, seed = 42): MemberRow[] {
  const random = seededRandom(seed);
  const members: MemberRow[] = new Array(count);
  for (let id = 0; id < count; id++) {
    const deviceCount = 1 + Math.floor(random() * 3);
    const devices: DeviceFactsRow[] = [];
    for (let d = 0; d < deviceCount; d++) {
      devices.push({
        mailNotificationsEnabled: chance(random, 0.95) ? chance(random, 0.85) : undefined,
        derivedCredentials: chance(random, 0.95) ? chance(random, 0.05) : undefined,
      });
    }
    members[id] = { id, devices };
  }
  return members;
}
