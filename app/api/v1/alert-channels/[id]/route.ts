import { alertChannelsContract } from "@/lib/alerts/channels/contract";
import { deleteChannel } from "@/lib/alerts/channels/delete-channel";
import { updateChannel } from "@/lib/alerts/channels/update-channel";
import { defineRoute } from "@/lib/http/route";

export const PATCH = defineRoute(alertChannelsContract.update, async ({ params, body, caller, ctx }) => updateChannel(caller, params.id, body, ctx));

export const DELETE = defineRoute(alertChannelsContract.remove, async ({ params, caller, ctx }) => deleteChannel(caller, params.id, ctx));
