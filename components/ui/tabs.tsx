"use client";

import clsx from "clsx";
import { useRef, type KeyboardEvent, type ReactNode } from "react";

export type TabItem<V extends string> = { value: V; label: ReactNode };

/**
 * A tab list following the WAI-ARIA pattern: arrow keys, Home and End move between tabs, only the
 * selected tab is in the tab order. Pair each tab with `<TabPanel id={tabPanelId(idBase, value)}>`.
 */
export function Tabs<V extends string>({
  idBase,
  label,
  items,
  value,
  onValueChange,
}: {
  idBase: string;
  label: string;
  items: TabItem<V>[];
  value: V;
  onValueChange: (value: V) => void;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = items.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onValueChange(items[next]!.value);
    refs.current[next]?.focus();
  }

  return (
    <div role="tablist" aria-label={label} className="flex gap-1 border-b border-slate-200 dark:border-slate-800">
      {items.map((item, index) => {
        const selected = item.value === value;
        return (
          <button
            key={item.value}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${idBase}-tab-${item.value}`}
            aria-selected={selected}
            aria-controls={tabPanelId(idBase, item.value)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onValueChange(item.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={clsx(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              selected
                ? "border-sky-700 text-sky-900 dark:border-sky-400 dark:text-sky-100"
                : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100",
            )}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

export function tabPanelId(idBase: string, value: string): string {
  return `${idBase}-panel-${value}`;
}

export function TabPanel({ idBase, value, hidden, children }: { idBase: string; value: string; hidden: boolean; children: ReactNode }) {
  return (
    <div role="tabpanel" id={tabPanelId(idBase, value)} aria-labelledby={`${idBase}-tab-${value}`} hidden={hidden} tabIndex={0} className="pt-4 focus-visible:outline-none">
      {children}
    </div>
  );
}
