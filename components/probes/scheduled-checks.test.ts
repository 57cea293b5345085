import { describe, expect, it } from "vitest";
import type { ProbeCertificate, ProbeRunView } from "@/lib/probe-runs/views";
import { certificateTrend, INTERVAL_CHOICES, intervalChoicesWith, intervalLabel, nextCheck } from "./scheduled-checks";

const NOW = new Date("2026-06-01T12:00:00.000Z");

const run = (id: string, certificates: ProbeCertificate[]): ProbeRunView => ({
  id,
  groupId: "9b2e4c1e-0000-4000-8000-000000000001",
  trigger: "scheduled",
  actorEmail: null,
  startedAt: "2026-06-01T11:00:00.000Z",
  finishedAt: "2026-06-01T11:00:02.000Z",
  status: "finished",
  ok: true,
  causes: [],
  summary: "",
  certificates,
  result: null,
});
const cert = (kind: ProbeCertificate["kind"], host: string, daysToExpiry: number): ProbeCertificate => ({ kind, host, port: 443, validTo: "2026-07-01T00:00:00.000Z", daysToExpiry });

describe("nextCheck", () => {
  it("is off while the schedule is off, whatever the last run", () => {
    expect(nextCheck({ enabled: false, intervalMinutes: 60, lastScheduledRunAt: null }, NOW)).toEqual({ kind: "off" });
    expect(nextCheck({ enabled: false, intervalMinutes: 60, lastScheduledRunAt: "2026-06-01T11:50:00.000Z" }, NOW)).toEqual({ kind: "off" });
  });

  it("is due soon when never checked or the interval has passed", () => {
    expect(nextCheck({ enabled: true, intervalMinutes: 60, lastScheduledRunAt: null }, NOW)).toEqual({ kind: "soon" });
    expect(nextCheck({ enabled: true, intervalMinutes: 60, lastScheduledRunAt: "2026-06-01T11:00:00.000Z" }, NOW)).toEqual({ kind: "soon" });
  });

  it("is one interval after the last scheduled run otherwise", () => {
    expect(nextCheck({ enabled: true, intervalMinutes: 360, lastScheduledRunAt: "2026-06-01T11:30:00.000Z" }, NOW)).toEqual({ kind: "at", at: "2026-06-01T17:30:00.000Z" });
  });
});

describe("interval choices", () => {
  it("offer hourly, and keep a value saved through the API as its own option", () => {
    expect(intervalLabel(60)).toBe("Hourly");
    expect(intervalChoicesWith(60)).toBe(INTERVAL_CHOICES);
    const with45 = intervalChoicesWith(45);
    expect(with45).toHaveLength(INTERVAL_CHOICES.length + 1);
    expect(with45.map((choice) => choice.minutes)).toEqual([...with45.map((choice) => choice.minutes)].sort((a, b) => a - b));
    expect(with45.find((choice) => choice.minutes === 45)?.label).toBe("Every 45 minutes");
  });
});

describe("certificateTrend", () => {
  it("follows each host's certificate across runs, null where a run received none", () => {
    const trend = certificateTrend([
      run("newest", [cert("ews", "mail.corp.test", 29)]),
      run("older", [cert("ews", "MAIL.corp.test", 30), cert("gateway", "gw.corp.test", -1)]),
      run("no-certificates", []),
    ]);

    expect(trend.columns.map((column) => column.key)).toEqual(["ews mail.corp.test:443", "gateway gw.corp.test:443"]);
    expect(trend.rows.map((row) => [row.run.id, row.days])).toEqual([
      ["newest", [29, null]],
      ["older", [30, -1]],
      ["no-certificates", [null, null]],
    ]);
  });

  it("has no columns when no run received a certificate", () => {
    expect(certificateTrend([run("a", [])]).columns).toEqual([]);
    expect(certificateTrend([])).toEqual({ columns: [], rows: [] });
  });
});
