import clsx from "clsx";
import { isFieldGuidance, withoutFieldGuidanceMarker } from "@/lib/domain/field-guidance";

/**
 * Text shown with its source. Sentences from the reference are quoted; text marked as field
 * guidance (lib/domain/field-guidance.ts) is never quoted and carries a "Field guidance" label,
 * so nobody mistakes vendor advice beyond the reference for a quotation of it.
 */

const FIELD_GUIDANCE_TITLE = "Beyond the reference: from the vendor's wider documentation";

/** What a disclosure of the text's source is called. */
export function sourceLabel(text: string): "Reference" | "Field guidance" {
  return isFieldGuidance(text) ? "Field guidance" : "Reference";
}

function FieldGuidanceLabel() {
  return (
    <span
      title={FIELD_GUIDANCE_TITLE}
      className="mr-1 inline-block rounded bg-amber-100 px-1 text-[0.7rem] font-semibold tracking-wide text-amber-900 uppercase not-italic dark:bg-amber-900/40 dark:text-amber-200"
    >
      Field guidance
    </span>
  );
}

/** A check's or finding's reference: quoted, or labelled field guidance. `className` styles the box. */
export function ReferenceQuote({ text, className }: { text: string; className?: string }) {
  if (isFieldGuidance(text)) {
    return (
      <p data-source="field-guidance" className={className}>
        <FieldGuidanceLabel />
        {withoutFieldGuidanceMarker(text)}
      </p>
    );
  }
  return (
    <blockquote data-source="reference" className={clsx("italic", className)}>
      “{text}”
    </blockquote>
  );
}

/** Running text (a remedy, a hint) inside a sentence of the page: plain, or labelled field guidance. */
export function InlineSourcedText({ text }: { text: string }) {
  if (!isFieldGuidance(text)) return <>{text}</>;
  return (
    <span data-source="field-guidance">
      <FieldGuidanceLabel />
      {withoutFieldGuidanceMarker(text)}
    </span>
  );
}
