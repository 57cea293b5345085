import { describe, expect, it } from "vitest";
import { evaluateForDevice } from "@/lib/domain/prerequisites/device-verdict";
import type { GroupSettings } from "@/lib/domain/settings";
import { deliveryFor, SUPPORTED_GROUP_SETTINGS } from "./delivery-context";
import { makeDevice } from "./testing/fleet-factories";

const with_ = (change: Partial<GroupSettings>): GroupSettings => ({ ...SUPPORTED_GROUP_SETTINGS, ...change });

describe("deliveryFor", () => {
  it("gives rich push when the group's settings with the device's own facts pass, through the gateway only with tunnel", () => {
    expect(deliveryFor(makeDevice(), SUPPORTED_GROUP_SETTINGS)).toEqual({ kind: "rich", viaGateway: true });
    expect(deliveryFor(makeDevice(), with_({ networkAccess: "unrestricted" }))).toEqual({ kind: "rich", viaGateway: false });
    // A group not listed supports rich push.
    expect(deliveryFor(makeDevice())).toEqual({ kind: "rich", viaGateway: true });
  });

  it("gives sync-time notifications, with no cause, when a rich-push rule fails for the group or for the device", () => {
    for (const change of [
      { backgroundNetworkServices: [] },
      { lockScreenNotifications: "count_only" as const },
      { lockScreenNotifications: "block" as const },
      { authentication: "modern_auth_o365" as const },
      { intuneManaged: true },
    ]) {
      expect(deliveryFor(makeDevice(), with_(change))).toEqual({ kind: "sync" });
    }
    expect(deliveryFor(makeDevice({ derivedCredentials: true }), SUPPORTED_GROUP_SETTINGS)).toEqual({ kind: "sync" });
    expect(deliveryFor(makeDevice({ derivedCredentials: true }))).toEqual({ kind: "sync" });
  });

  it("gives the same answer as the domain's verdict for the device whenever something is shown", () => {
    const settings = [SUPPORTED_GROUP_SETTINGS, with_({ authentication: "modern_auth_o365" }), with_({ networkAccess: "unrestricted", backgroundNetworkServices: [] })];
    for (const group of settings) {
      for (const device of [makeDevice(), makeDevice({ derivedCredentials: true }), makeDevice({ lowPowerMode: true, backgroundAppRefresh: false })]) {
        expect(deliveryFor(device, group).kind === "rich").toBe(evaluateForDevice(group, device).richPushSupported);
      }
    }
  });

  it("shows nothing with Mail Notifications or iOS notifications off, push off, or network access blocked", () => {
    expect(deliveryFor(makeDevice({ mailNotificationsEnabled: false }), SUPPORTED_GROUP_SETTINGS)).toEqual({ kind: "none" });
    expect(deliveryFor(makeDevice({ iosNotificationsAllowed: false }), SUPPORTED_GROUP_SETTINGS)).toEqual({ kind: "none" });
    expect(deliveryFor(makeDevice({ derivedCredentials: true, iosNotificationsAllowed: false }), with_({ authentication: "modern_auth_o365" }))).toEqual({ kind: "none" });
    expect(deliveryFor(makeDevice(), with_({ pushNotifications: false }))).toEqual({ kind: "none" });
    expect(deliveryFor(makeDevice(), with_({ networkAccess: "blocked" }))).toEqual({ kind: "none" });
  });
});
