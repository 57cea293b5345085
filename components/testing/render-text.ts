import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

/** Server-rendered markup of a component, for tests (no DOM here: Testing Library is not installed). */
export function renderHtml(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: " " };

/** The text a reader sees, tags dropped and whitespace collapsed: assert on sentences, not on markup. */
export function renderText(element: ReactElement): string {
  return renderHtml(element)
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
    .replace(/\s+/g, " ")
    .replace(/ ([.,:;)])/g, "$1")
    .trim();
}

/** The value of one data attribute on every element that has it, in document order. */
export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`${attribute}="([^"]*)"`, "g"))].map((match) => match[1]!);
}
