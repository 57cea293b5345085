/**
 * Text shown to helpdesk users rests on the reference (docs/reference/secure-mail-rich-push.txt).
 * Advice beyond it (iOS Settings paths, certificate checklists, the push registration host) is
 * field guidance: findings carry it in `fieldGuidance`, apart from the remedy, and the UI labels
 * it. A finding whose whole basis lies beyond the reference says so in its `reference`, which
 * then starts with this marker instead of quoting the reference.
 */
export const FIELD_GUIDANCE_MARKER = "Field guidance (beyond the reference):";

export function fieldGuidanceReference(basis: string): string {
  return `${FIELD_GUIDANCE_MARKER} ${basis}`;
}

export function isFieldGuidanceReference(reference: string): boolean {
  return reference.startsWith(FIELD_GUIDANCE_MARKER);
}
