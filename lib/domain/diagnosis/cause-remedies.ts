import { CAUSES, type CauseCode, type Step } from "@/lib/domain/outcomes";
import type { GroupSettings } from "@/lib/domain/settings";

/**
 * What to do about a cause. `remedy` says only what the reference says (its "Ensure that…",
 * "Try again after waiting a few minutes", "Unlock your device…"), with the group's hosts filled
 * in; anything further (certificate checklists, server load, the console's connectivity test) is
 * `fieldGuidance`, which the UI shows under its own label.
 */
export type CauseRemedy = { remedy: string; fieldGuidance: string[] };

const gatewayOf = (settings: GroupSettings) => (settings.gateway ? ` (${settings.gateway})` : "");

function exchangeTls(settings: GroupSettings): CauseRemedy {
  const host = settings.ewsHost;
  if (settings.acceptAllSslCertificates) {
    return {
      remedy: `Ensure that the SSL certificate on the Exchange Server at ${host} is valid. Accept all SSL certificates is already on for this group, so an invalid certificate alone does not explain this.`,
      fieldGuidance: [`Check the SSL setup of the Exchange Server at ${host} (protocol versions, the certificate chain it sends) and that it answers on its port.`],
    };
  }
  return {
    remedy: `Ensure that the SSL certificate on the Exchange Server at ${host} is valid, or enable the Accept all SSL certificates policy for this group, which is off now, to connect despite an invalid certificate.`,
    fieldGuidance: [`A valid certificate has not expired, chains to a trusted root and carries the name ${host}.`],
  };
}

function slowExchange(cause: "ews_no_response" | "ews_timeout", settings: GroupSettings, manyUsers: boolean): CauseRemedy {
  const answer = cause === "ews_timeout" ? "the server did not respond within 30 seconds" : "Exchange Web Services did not respond within 30 seconds";
  if (manyUsers) {
    return {
      remedy: `Many users are affected at once, so look at Exchange Web Services at ${settings.ewsHost} rather than at the devices: ${answer}.`,
      fieldGuidance: [`Check the load and availability of Exchange Web Services at ${settings.ewsHost}.`],
    };
  }
  return {
    remedy: "Most likely poor Wi-Fi or data connectivity on the device: try again after waiting a few minutes, on a better connection.",
    fieldGuidance: [`If it persists on a good connection, check the load of Exchange Web Services at ${settings.ewsHost}.`],
  };
}

/** `manyUsers`: other users see it too, which moves the blame for timeouts from the device's network to the server. */
export function remedyForCause(cause: CauseCode, settings: GroupSettings, manyUsers: boolean, failedStep: Step | null = null): CauseRemedy {
  switch (cause) {
    case "exchange_tls_failed":
      return exchangeTls(settings);
    case "ews_no_response":
    case "ews_timeout":
      return slowExchange(cause, settings, manyUsers);
    case "container_locked":
      return { remedy: "Unlock the device after a restart, so that Secure Mail can read the secure container again.", fieldGuidance: [] };
    case "credentials_unavailable":
      return { remedy: CAUSES.credentials_unavailable.remedy, fieldGuidance: [] };
    case "credentials_stale":
      return { remedy: "Open Secure Mail and enter the current credentials, so that they are updated in Secure Mail.", fieldGuidance: [] };
    case "channel_failed": {
      const where =
        failedStep === "gateway_connect" ? `Citrix Gateway${gatewayOf(settings)}` : failedStep === "exchange_connect" ? `EWS at ${settings.ewsHost}` : `Citrix Gateway${gatewayOf(settings)} or EWS at ${settings.ewsHost}`;
      return {
        remedy: `Secure Mail could not connect to or set up a secure channel with ${where}: make sure it can be reached.`,
        fieldGuidance: ["Check the certificates of the gateway and the EWS host, and run Test connectivity for the group."],
      };
    }
    case "unexpected_ews_response":
      return {
        remedy: "Exchange answered a valid request with an unexpected response: for details about EWS response codes, see the Microsoft developer documentation.",
        fieldGuidance: ["The Exchange server's EWS logs show the response code."],
      };
    case "gateway_socks5_failed":
      return {
        remedy: `Secure Mail could not establish a SOCKS5 connection with Citrix Gateway${gatewayOf(settings)}: the gateway needs checking.`,
        fieldGuidance: ["Check the gateway's SOCKS5 (Secure Ticket Authority) configuration for Secure Mail."],
      };
    case "gateway_unreachable":
      return { remedy: `${CAUSES.gateway_unreachable.remedy}${settings.gateway ? ` The group's gateway is ${settings.gateway}.` : ""}`, fieldGuidance: [] };
    case "gateway_tls_failed":
      return { remedy: `${CAUSES.gateway_tls_failed.remedy}${settings.gateway ? ` The group's gateway is ${settings.gateway}.` : ""}`, fieldGuidance: [] };
    case "ews_parse_error":
      return {
        remedy: `Secure Mail cannot parse the EWS response from the Exchange Server at ${settings.ewsHost}: the administrator needs to look at what it returns.`,
        fieldGuidance: ["A proxy or an error page answering at /EWS/Exchange.asmx instead of Exchange Web Services causes this."],
      };
  }
}
