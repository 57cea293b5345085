import clsx from "clsx";
import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-sky-700 text-white hover:bg-sky-800 disabled:hover:bg-sky-700",
  secondary:
    "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:hover:bg-white dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:disabled:hover:bg-slate-900",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:hover:bg-red-700",
  ghost: "text-slate-700 hover:bg-slate-200 disabled:hover:bg-transparent dark:text-slate-200 dark:hover:bg-slate-800",
};

/**
 * Disabled buttons look disabled in every variant: dimmed, no hover change, a not-allowed cursor
 * (axe leaves disabled controls out of its contrast rule, as WCAG 1.4.3 does).
 */
export function Button({ variant = "primary", className, type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={clsx(
        "inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-50",
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}
