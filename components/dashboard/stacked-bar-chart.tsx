"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { affectedUsersHref, type AffectedUsersFilter } from "@/lib/dashboard/affected-users-href";
import { bucketEnd } from "@/lib/dashboard/range";
import { formatDateTime } from "@/lib/format/time";

export type ChartSeries = {
  key: string;
  label: string;
  color: string;
  /** What the series' segments stand for in the affected-users list, besides their time range. */
  filter: Omit<AffectedUsersFilter, "from" | "to">;
};

export type ChartBucket = { start: string; values: Record<string, number> };

type SegmentProps = { x?: number; y?: number; width?: number; height?: number; fill?: string; payload?: Record<string, unknown> };

/** A time label of a bar's start, short: the viewer's zone, no year. */
const at = (iso: string) => formatDateTime(iso, { year: false });

/**
 * Stacked bars over time; every segment is a link to the users behind it (its series' filter and
 * the bar's time range), so a spike leads straight to who had it.
 */
export function StackedBarChart({ title, buckets, bucketHours, series }: { title: string; buckets: ChartBucket[]; bucketHours: number; series: ChartSeries[] }) {
  const data = buckets.map((bucket) => ({ start: bucket.start, ...bucket.values }));
  return (
    <figure aria-label={title} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} className="stroke-slate-200 dark:stroke-slate-800" />
          <XAxis dataKey="start" tickFormatter={at} minTickGap={48} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={48} tick={{ fontSize: 12 }} />
          <Tooltip labelFormatter={(label) => `${at(String(label))} – ${at(bucketEnd(String(label), bucketHours).toISOString())}`} />
          {/* Legend text in the body colour: the series' own colours are too light to read as text. */}
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span className="text-slate-700 dark:text-slate-300">{value}</span>} />
          {series.map((entry) => (
            <Bar
              key={entry.key}
              dataKey={entry.key}
              name={entry.label}
              stackId="total"
              fill={entry.color}
              isAnimationActive={false}
              shape={(props: SegmentProps) => <Segment {...props} series={entry} bucketHours={bucketHours} />}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

function Segment({ x = 0, y = 0, width = 0, height = 0, fill, payload, series, bucketHours }: SegmentProps & { series: ChartSeries; bucketHours: number }) {
  const start = typeof payload?.start === "string" ? payload.start : null;
  const count = Number(payload?.[series.key] ?? 0);
  if (!start || count <= 0 || height <= 0) return <g />;
  const to = bucketEnd(start, bucketHours).toISOString();
  return (
    <a href={affectedUsersHref({ ...series.filter, from: start, to })} aria-label={`${count.toLocaleString()} ${series.label}, ${at(start)} – ${at(to)}`} data-segment={series.key}>
      <rect x={x} y={y} width={width} height={height} fill={fill} />
    </a>
  );
}
