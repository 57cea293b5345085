import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import type { EvaluationInput } from "@/lib/domain/settings";

/** A tunnelled group that meets every prerequisite: tests change one thing at a time from here. */
export const SUPPORTED_INPUT: EvaluationInput = {
  pushNotifications: true,
  networkAccess: "tunnel_to_internal_network",
  backgroundNetworkServices: ["mail.corp.example:443", PUSH_REGISTRATION_HOSTS.americas],
  gateway: "gateway.corp.example:443",
  ewsHost: "mail.corp.example",
  activeSyncHost: "mail.corp.example",
  lockScreenNotifications: "allow",
  authentication: "password",
  intuneManaged: false,
  acceptAllSslCertificates: false,
  pushRegion: "americas",
};

export function inputWith(overrides: Partial<EvaluationInput>): EvaluationInput {
  return { ...SUPPORTED_INPUT, ...overrides };
}
