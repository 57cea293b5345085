import { alertChannelsContract } from "@/lib/alerts/channels/contract";
import { createChannel } from "@/lib/alerts/channels/create-channel";
import { listChannels } from "@/lib/alerts/channels/list-channels";
import { defineRoute, reply } from "@/lib/http/route";

export const GET = defineRoute(alertChannelsContract.list, async ({ caller }) => listChannels(caller));

/** The answer carries a webhook's secret this once: never cached. */
export const POST = defineRoute(alertChannelsContract.create, async ({ body, caller, ctx }) =>
  reply(201, await createChannel(caller, body, ctx), { "cache-control": "no-store" }),
);
