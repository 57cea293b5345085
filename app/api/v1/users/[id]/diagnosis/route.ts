import { getUserDiagnosis } from "@/lib/helpdesk/get-user-diagnosis";
import { helpdeskContract } from "@/lib/helpdesk/contract";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(helpdeskContract.getDiagnosis, async ({ params, query, caller, ctx }) => getUserDiagnosis(caller, params.id, query, ctx));
