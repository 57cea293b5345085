import { alertChannelsContract } from "@/lib/alerts/channels/contract";
import { sendTestNotice } from "@/lib/alerts/channels/send-test";
import { defineRoute } from "@/lib/http/route";

export const POST = defineRoute(alertChannelsContract.test, async ({ params, caller, ctx }) => sendTestNotice(caller, params.id, ctx));
