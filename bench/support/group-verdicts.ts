import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import { withDeviceFacts } from "@/lib/domain/prerequisites/with-device-facts";
import type { EvaluationInput } from "@/lib/domain/settings";
import type { DeviceFactsRow, MemberRow } from "@/bench/support/members";

/** How many members get rich push on all, some or none of their devices. */
export type GroupTally = { allDevices: number; someDevices: number; noDevice: number; devices: number };

/** The real work: one evaluation per device, of the group's settings narrowed by that device's facts. */
export function groupVerdicts(settings: EvaluationInput, members: readonly MemberRow[]): GroupTally {
  return tally(members, (device) => evaluate(withDeviceFacts(settings, device)).richPushSupported);
}

/** The baseline: the same walk over the same rows with a trivial test of each device's fields. */
export function baselineTally(members: readonly MemberRow[]): GroupTally {
  return tally(members, (device) => device.mailNotificationsEnabled === true && device.derivedCredentials !== true);
}

function tally(members: readonly MemberRow[], supported: (device: DeviceFactsRow) => boolean): GroupTally {
  const result: GroupTally = { allDevices: 0, someDevices: 0, noDevice: 0, devices: 0 };
  for (const member of members) {
    let count = 0;
    for (const device of member.devices) if (supported(device)) count++;
    result.devices += member.devices.length;
    if (count === member.devices.length) result.allDevices++;
    else if (count > 0) result.someDevices++;
    else result.noDevice++;
  }
  return result;
}
