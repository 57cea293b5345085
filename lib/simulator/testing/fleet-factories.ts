import { HEALTHY_DEVICE_FACTS } from "@/lib/domain/testing/device-facts";
import type { DirectoryUser } from "@/lib/telemetry/schemas";
import type { Fleet, FleetDevice } from "../fleet";

/** Hand-built fleets for simulator tests: one healthy device per user unless told otherwise. */

export function makeDevice(overrides: Partial<Omit<FleetDevice, "traits">> & { traits?: Partial<FleetDevice["traits"]> } = {}): FleetDevice {
  const { traits, ...facts } = overrides;
  return {
    id: "device-1",
    userUpn: "ada.lovelace@corp.example",
    group: "Sales",
    ...HEALTHY_DEVICE_FACTS,
    ...facts,
    traits: { staleCredentials: false, restartsBeforeUnlock: false, poorNetwork: false, ...traits },
  };
}

/** A fleet of the given devices, with a directory user for each UPN they name (plus any users given without devices). */
export function makeFleet(devices: readonly FleetDevice[], usersWithoutDevices: readonly Pick<DirectoryUser, "upn" | "group">[] = []): Fleet {
  const users = new Map<string, DirectoryUser>();
  const add = ({ upn, group }: Pick<DirectoryUser, "upn" | "group">) => {
    if (!users.has(upn)) users.set(upn, { upn, email: upn, displayName: upn.split("@")[0]!, group });
  };
  for (const device of devices) add({ upn: device.userUpn, group: device.group });
  for (const user of usersWithoutDevices) add(user);
  const groups = [...new Set([...users.values()].map((user) => user.group))];
  return { groups, users: [...users.values()], devices: [...devices] };
}

/** `count` devices of as many users, all alike but for their ids. */
export function makeDevices(count: number, overrides: Parameters<typeof makeDevice>[0] = {}): FleetDevice[] {
  return Array.from({ length: count }, (_, index) => makeDevice({ ...overrides, id: `device-${index}`, userUpn: `user${index}@corp.example` }));
}
