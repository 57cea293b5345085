import type { DeviceSnapshot, DirectoryUser } from "@/lib/telemetry/schemas";
import { APP_VERSIONS, DEVICE_MODELS, IOS_VERSIONS, majorVersion, type DeviceModel } from "./device-catalog";
import { FIRST_NAMES, LAST_NAMES } from "./names";
import { createRandom, deriveSeed, stableUuid, type Random } from "./random";

/** A synthetic directory of users and their iOS devices, as a tenant would report them. Pure: no I/O. */

export const DEFAULT_GROUPS = ["Sales", "Engineering", "Finance", "Support", "Executives"] as const;
export const DEFAULT_EMAIL_DOMAIN = "corp.example";

/** Relative sizes of the default groups; any other group name weighs as an average one. */
const GROUP_WEIGHTS: Record<string, number> = { Sales: 25, Engineering: 30, Finance: 12, Support: 25, Executives: 8 };
const AVERAGE_GROUP_WEIGHT = 20;

/** Share of devices with each trait, drawn independently, so most devices have none. */
export const TRAIT_RATES = {
  mailNotificationsOff: 0.06,
  lowPowerMode: 0.08,
  backgroundAppRefreshOff: 0.05,
  iosNotificationsDenied: 0.03,
  derivedCredentials: 0.04,
  staleCredentials: 0.03,
  restartsBeforeUnlock: 0.05,
  poorNetwork: 0.06,
} as const;

/** Share of directory users who have not enrolled a device yet (not installed, or never opened): nothing reports for them. */
export const USERS_WITHOUT_DEVICE_RATE = 0.02;

/** Behaviour the events generator uses that a device does not report in its snapshot. */
export type DeviceTraits = {
  /** Credentials changed or expired and not updated in the app: every fetch is a credentials_stale generic. */
  staleCredentials: boolean;
  /** Often restarted and left locked for a while: container_locked generics, sometimes credentials_unavailable. */
  restartsBeforeUnlock: boolean;
  /** Weak Wi-Fi or data: more EWS timeouts. */
  poorNetwork: boolean;
};

export type FleetDevice = Omit<DeviceSnapshot, "observedAt"> & { id: string; group: string; traits: DeviceTraits };

export type Fleet = { groups: string[]; users: DirectoryUser[]; devices: FleetDevice[] };

export type FleetOptions = {
  users: number;
  seed: number;
  groups?: readonly string[];
  /** Email and UPN domain; defaults to corp.example. */
  domain?: string;
};

/**
 * Each user is drawn from their own seeded stream, so the first N users are the same whatever
 * the total: a larger fleet with the same seed extends a smaller one.
 */
export function generateFleet({ users: userCount, seed, groups = DEFAULT_GROUPS, domain = DEFAULT_EMAIL_DOMAIN }: FleetOptions): Fleet {
  if (!Number.isInteger(userCount) || userCount < 0) throw new Error(`users must be a whole number ≥ 0, got ${userCount}`);
  if (groups.length === 0) throw new Error("at least one delivery group is needed");
  const groupWeights = groups.map((group) => [group, GROUP_WEIGHTS[group] ?? AVERAGE_GROUP_WEIGHT] as const);
  const takenLocalParts = new Map<string, number>();
  const users: DirectoryUser[] = [];
  const devices: FleetDevice[] = [];

  for (let index = 0; index < userCount; index += 1) {
    const random = createRandom(deriveSeed(seed, "user", index));
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const address = `${uniqueLocalPart(`${emailSafe(first)}.${emailSafe(last)}`, takenLocalParts)}@${domain}`;
    const group = random.weighted(groupWeights);
    users.push({ upn: address, displayName: `${first} ${last}`, email: address, group });

    // Executives more often carry an iPad as well.
    const twoDevices = random.chance(group === "Executives" ? 0.6 : 0.3);
    // Drawn after the others, so every other user keeps the devices drawn before this was modelled.
    const deviceCount = random.chance(USERS_WITHOUT_DEVICE_RATE) ? 0 : twoDevices ? 2 : 1;
    for (let slot = 0; slot < deviceCount; slot += 1) {
      devices.push(generateDevice(createRandom(deriveSeed(seed, "device", index, slot)), {
        id: stableUuid(seed, "device-id", index, slot),
        userUpn: address,
        group,
        secondDevice: slot > 0,
      }));
    }
  }
  return { groups: [...groups], users, devices };
}

function generateDevice(
  random: Random,
  { id, userUpn, group, secondDevice }: { id: string; userUpn: string; group: string; secondDevice: boolean },
): FleetDevice {
  const model = pickModel(random, secondDevice && random.chance(0.7) ? "ipad" : "iphone");
  const iosVersion = pickIosVersion(random, model);
  return {
    id,
    userUpn,
    group,
    model: model.name,
    iosVersion,
    appVersion: random.weighted(APP_VERSIONS),
    derivedCredentials: random.chance(TRAIT_RATES.derivedCredentials),
    mailNotificationsEnabled: !random.chance(TRAIT_RATES.mailNotificationsOff),
    iosNotificationsAllowed: !random.chance(TRAIT_RATES.iosNotificationsDenied),
    backgroundAppRefresh: !random.chance(TRAIT_RATES.backgroundAppRefreshOff),
    lowPowerMode: random.chance(TRAIT_RATES.lowPowerMode),
    traits: {
      staleCredentials: random.chance(TRAIT_RATES.staleCredentials),
      restartsBeforeUnlock: random.chance(TRAIT_RATES.restartsBeforeUnlock),
      poorNetwork: random.chance(TRAIT_RATES.poorNetwork),
    },
  };
}

function pickModel(random: Random, kind: DeviceModel["kind"]): DeviceModel {
  return random.weighted(DEVICE_MODELS.filter(([model]) => model.kind === kind));
}

function pickIosVersion(random: Random, model: DeviceModel): string {
  return random.weighted(IOS_VERSIONS.filter(([version]) => majorVersion(version) >= model.minimumIos));
}

/** Lower-case letters, digits and hyphens: "O'Brien" becomes "obrien". */
function emailSafe(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]/g, "");
}

/** Namesakes get a number, as directories usually do: ada.lovelace, ada.lovelace2, … */
function uniqueLocalPart(base: string, taken: Map<string, number>): string {
  const seen = taken.get(base) ?? 0;
  taken.set(base, seen + 1);
  return seen === 0 ? base : `${base}${seen + 1}`;
}

/** The device's facts as the API takes them, observed at the given time. */
export function deviceSnapshot(device: FleetDevice, observedAt: Date): DeviceSnapshot {
  const { id: _id, group: _group, traits: _traits, ...facts } = device;
  return { ...facts, observedAt: observedAt.toISOString() };
}
