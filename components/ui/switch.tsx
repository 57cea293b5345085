"use client";

import * as RadixSwitch from "@radix-ui/react-switch";
import type { ComponentProps } from "react";

/** An on/off switch (role="switch"); label it with a <label htmlFor> or aria-label. */
export function Switch(props: Omit<ComponentProps<typeof RadixSwitch.Root>, "className" | "children">) {
  return (
    <RadixSwitch.Root
      className="relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full bg-slate-300 transition-colors data-[state=checked]:bg-sky-700 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-slate-600 dark:data-[state=checked]:bg-sky-500"
      {...props}
    >
      <RadixSwitch.Thumb className="block size-5 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[1.375rem]" />
    </RadixSwitch.Root>
  );
}
