import { describe, expect, it } from "vitest";
import { deviceSnapshotSchema, directoryUsersBodySchema } from "@/lib/telemetry/schemas";
import { DEFAULT_GROUPS, TRAIT_RATES, USERS_WITHOUT_DEVICE_RATE, deviceSnapshot, generateFleet } from "./fleet";

describe("generateFleet", () => {
  const fleet = generateFleet({ users: 10_000, seed: 1 });

  it("is the same for the same seed, and a smaller fleet is a prefix of a larger one", () => {
    expect(generateFleet({ users: 50, seed: 1 })).toEqual(generateFleet({ users: 50, seed: 1 }));
    expect(generateFleet({ users: 50, seed: 2 }).users).not.toEqual(generateFleet({ users: 50, seed: 1 }).users);
    const small = generateFleet({ users: 300, seed: 1 });
    expect(small.users).toEqual(fleet.users.slice(0, 300));
    expect(small.devices).toEqual(fleet.devices.slice(0, small.devices.length));
  });

  it("makes unique first.last UPNs in the corporate domain, with the email equal to the UPN", () => {
    expect(fleet.users).toHaveLength(10_000);
    expect(new Set(fleet.users.map((user) => user.upn)).size).toBe(10_000);
    for (const user of fleet.users) {
      expect(user.upn).toMatch(/^[a-z-]+\.[a-z-]+\d*@corp\.example$/);
      expect(user.email).toBe(user.upn);
    }
    expect(fleet.users.some((user) => /\d@/.test(user.upn))).toBe(true);
  });

  it("puts every user in one of the default groups, with one or two devices each but for the few not enrolled yet", () => {
    expect(new Set(fleet.users.map((user) => user.group))).toEqual(new Set(DEFAULT_GROUPS));
    const devicesPerUser = new Map<string, number>();
    for (const device of fleet.devices) devicesPerUser.set(device.userUpn, (devicesPerUser.get(device.userUpn) ?? 0) + 1);
    const withoutDevice = fleet.users.filter((user) => !devicesPerUser.has(user.upn)).length / fleet.users.length;
    expect(Math.abs(withoutDevice - USERS_WITHOUT_DEVICE_RATE)).toBeLessThan(0.005);
    expect(new Set(devicesPerUser.values())).toEqual(new Set([1, 2]));
    expect(new Set(fleet.devices.map((device) => device.id)).size).toBe(fleet.devices.length);
    const userGroup = new Map(fleet.users.map((user) => [user.upn, user.group]));
    expect(fleet.devices.every((device) => device.group === userGroup.get(device.userUpn))).toBe(true);
  });

  it("uses the groups it is given", () => {
    const custom = generateFleet({ users: 200, seed: 1, groups: ["North", "South"] });
    expect(new Set(custom.users.map((user) => user.group))).toEqual(new Set(["North", "South"]));
  });

  it("draws iPhones and iPads on iOS 17–18, with iPhone 16 models on iOS 18", () => {
    for (const device of fleet.devices) {
      expect(device.model).toMatch(/^iP(hone|ad)/);
      expect(device.iosVersion).toMatch(/^1[78]\./);
      if (device.model.startsWith("iPhone 16")) expect(device.iosVersion).toMatch(/^18\./);
    }
    expect(fleet.devices.some((device) => device.model.startsWith("iPad"))).toBe(true);
  });

  it("mixes in each trait at about its rate, leaving most devices healthy", () => {
    const share = (test: (device: (typeof fleet.devices)[number]) => boolean) =>
      fleet.devices.filter(test).length / fleet.devices.length;
    const near = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(0.012);
    near(share((device) => !device.mailNotificationsEnabled), TRAIT_RATES.mailNotificationsOff);
    near(share((device) => device.lowPowerMode), TRAIT_RATES.lowPowerMode);
    near(share((device) => !device.backgroundAppRefresh), TRAIT_RATES.backgroundAppRefreshOff);
    near(share((device) => !device.iosNotificationsAllowed), TRAIT_RATES.iosNotificationsDenied);
    near(share((device) => device.derivedCredentials), TRAIT_RATES.derivedCredentials);
    near(share((device) => device.traits.staleCredentials), TRAIT_RATES.staleCredentials);
    near(share((device) => device.traits.restartsBeforeUnlock), TRAIT_RATES.restartsBeforeUnlock);
    const healthy = share(
      (device) =>
        device.mailNotificationsEnabled &&
        device.iosNotificationsAllowed &&
        !device.derivedCredentials &&
        !device.traits.staleCredentials &&
        !device.traits.restartsBeforeUnlock,
    );
    expect(healthy).toBeGreaterThan(0.75);
  });

  it("produces users and device snapshots the ingestion schemas accept", () => {
    for (let start = 0; start < fleet.users.length; start += 1000) {
      expect(directoryUsersBodySchema.safeParse({ users: fleet.users.slice(start, start + 1000) }).success).toBe(true);
    }
    const observedAt = new Date("2025-03-05T12:00:00Z");
    for (const device of fleet.devices) {
      const snapshot = deviceSnapshot(device, observedAt);
      expect(deviceSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    }
  });

  it("rejects an invalid user count or an empty group list", () => {
    expect(() => generateFleet({ users: -1, seed: 1 })).toThrow(/users/);
    expect(() => generateFleet({ users: 10, seed: 1, groups: [] })).toThrow(/group/);
  });
});
