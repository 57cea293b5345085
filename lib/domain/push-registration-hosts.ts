import { PUSH_REGION_LABELS } from "@/lib/domain/prerequisites/value-labels";
import { PUSH_REGIONS, type PushRegion } from "@/lib/domain/settings";

/**
 * Field guidance, not the reference: the vendor's "Push notifications for Secure Mail" page
 * (DESIGN.md §2.1, Push notification region). Citrix's listener service runs in three regions,
 * each with its own push registration host on port 443; the gateway must allow traffic to them
 * when it uses Secure Ticket Authority with split tunneling off. Whatever shows these hosts to
 * users marks that text as field guidance (lib/domain/field-guidance.ts).
 */
export const PUSH_REGISTRATION_HOSTS: Record<PushRegion, string> = {
  americas: "us-east-1.pushreg.xm.citrix.com:443",
  emea: "eu-west-1.pushreg.xm.citrix.com:443",
  apac: "ap-southeast-1.pushreg.xm.citrix.com:443",
};

/** Where the table comes from, for the texts that cite it. */
export const PUSH_REGISTRATION_SOURCE = `the vendor's "Push notifications for Secure Mail" page`;

/** When the gateway itself must let the hosts through ("when …"). */
export const PUSH_REGISTRATION_GATEWAY_CONDITION = "Citrix Gateway uses Secure Ticket Authority (STA) with split tunneling off";

/** "us-east-1.pushreg.xm.citrix.com:443 (Americas), …", in region order. */
export function listPushRegistrationHosts(): string {
  return PUSH_REGIONS.map((region) => `${PUSH_REGISTRATION_HOSTS[region]} (${PUSH_REGION_LABELS[region]})`).join(", ");
}
