"use client";

import { useId, type ChangeEvent } from "react";

const TEXTAREA =
  "w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-900";

/** An optional PEM bundle trusted for one test only: for an Exchange or gateway certificate from an internal CA. */
export function CaBundleField({ value, onChange, disabled }: { value: string; onChange: (pem: string) => void; disabled?: boolean }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onChange(await file.text());
  };
  return (
    <details className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800">
      <summary className="cursor-pointer font-medium">Trust an extra CA for this test (optional)</summary>
      <div className="mt-2 space-y-2">
        <label htmlFor={id} className="block font-medium">
          CA certificates (PEM)
        </label>
        <textarea
          id={id}
          rows={5}
          value={value}
          disabled={disabled}
          aria-describedby={hintId}
          placeholder="-----BEGIN CERTIFICATE-----"
          onChange={(event) => onChange(event.target.value)}
          className={TEXTAREA}
        />
        <input
          type="file"
          accept=".pem,.crt,.cer,text/plain"
          aria-label="Load CA certificates from a file"
          disabled={disabled}
          onChange={loadFile}
          className="block text-xs"
        />
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          Trusted on top of the public roots for this test only and never stored; the result records each certificate&apos;s
          fingerprint. Certificates only: never paste a private key.
        </p>
      </div>
    </details>
  );
}
