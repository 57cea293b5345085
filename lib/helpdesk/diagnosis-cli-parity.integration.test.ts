import { beforeAll, describe, expect, it } from "vitest";
import { eventSeries, makeDeliveryGroup, makeUserWithEvents } from "@/test/support/directory-factories";
import { toDiagnoseCliInput } from "@/scripts/cli/diagnose-input";
import { runCli } from "@/scripts/cli/run-cli";
import { diagnosisInputFor, loadDiagnosisData } from "./get-user-diagnosis";
import { helpdeskApi, sessionOf } from "@/test/support/helpdesk-api";
import type { UserDiagnosis } from "./views";

/** The CLI's findings for an input, through its real argument parsing, JSON reading and validation. */
async function cliFindings(input: unknown): Promise<unknown> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["diagnose", "-", "--format", "json"], {
    readFile: () => Promise.reject(new Error("not used")),
    readStdin: async () => JSON.stringify(input),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  return (JSON.parse(stdout) as { findings: unknown }).findings;
}

describe("the helpdesk API and the diagnose CLI", () => {
  let headers: Headers;

  beforeAll(async () => {
    headers = await sessionOf("helpdesk");
  });

  it.each([
    ["a group burst that hit the user", {}, {}, [...eventSeries(3, 60 * 20, 60), ...eventSeries(4, 5, 8, "exchange_tls_failed")]],
    ["rich push ruled out, Low Power Mode, sync notifications", { authentication: "modern_auth_o365" as const }, { lowPowerMode: true }, eventSeries(3, 10, 60).map((spec) => ({ ...spec, sync: true, delayMs: 600_000 }))],
    ["restarts before unlock", {}, { backgroundAppRefresh: false }, [...eventSeries(2, 60 * 8, 60), ...eventSeries(5, 10, 8, "container_locked")]],
  ])("return the same findings for the same data: %s", async (_name, settings, device, events) => {
    const group = await makeDeliveryGroup(settings);
    const users = [];
    for (let index = 0; index < 3; index += 1) users.push(await makeUserWithEvents(group.id, { device, events }));
    const userId = users[0]!.user.id;

    const response = await helpdeskApi.diagnosis(userId, headers, "tz=UTC");
    expect(response.status).toBe(200);
    const api = (await response.json()) as UserDiagnosis;

    // The same data, as of the API's own "now", handed to the CLI as its JSON input.
    const input = diagnosisInputFor(await loadDiagnosisData(userId, new Date(api.generatedAt)), api.generatedAt);
    expect(input).not.toBeNull();
    expect(await cliFindings(toDiagnoseCliInput(input!))).toEqual(api.findings);
  });
});
