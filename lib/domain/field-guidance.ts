/**
 * Advice beyond the reference (DESIGN.md: iOS menu paths, certificate checklists, the push
 * registration host) is field guidance. Such text starts with this marker wherever it is stored
 * or sent, so every screen can show it as guidance rather than as a quotation of the reference.
 */
export const FIELD_GUIDANCE_MARKER = "(field guidance)";

/** Marks `text` as field guidance. */
export function fieldGuidance(text: string): string {
  return `${FIELD_GUIDANCE_MARKER} ${text}`;
}

export function isFieldGuidance(text: string): boolean {
  return text.startsWith(FIELD_GUIDANCE_MARKER);
}

/** The text as a reader sees it beside a "Field guidance" label: without the marker. */
export function withoutFieldGuidanceMarker(text: string): string {
  return isFieldGuidance(text) ? text.slice(FIELD_GUIDANCE_MARKER.length).trimStart() : text;
}
