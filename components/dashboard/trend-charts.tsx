"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { ChartBucket, ChartSeries } from "./stacked-bar-chart";

// recharts is the heaviest script of the dashboard: loaded after first paint, in the browser only
// (it measures its container), so the page's first load stays small and times render in the viewer's zone.
const StackedBarChart = dynamic(() => import("./stacked-bar-chart").then((module) => module.StackedBarChart), {
  ssr: false,
  loading: () => <Skeleton label="chart" lines={6} className="h-64" />,
});

export function TrendChart(props: { title: string; buckets: ChartBucket[]; bucketHours: number; series: ChartSeries[] }) {
  return <StackedBarChart {...props} />;
}
