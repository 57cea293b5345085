"use client";

import clsx from "clsx";
import { Upload } from "lucide-react";
import { useState, type DragEvent } from "react";

/**
 * Where the export file goes: a native file input (reached and opened with the keyboard like any
 * field) inside a zone that also accepts a file dropped on it.
 */
export function ImportFilePicker({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const [over, setOver] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  }

  return (
    <div
      data-testid="import-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={clsx(
        "flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm",
        over ? "border-sky-600 bg-sky-50 dark:bg-sky-950/40" : "border-slate-300 dark:border-slate-600",
      )}
    >
      <Upload className="size-6 text-slate-600 dark:text-slate-400" aria-hidden />
      <label htmlFor="import-file" className="font-medium">
        Export file (JSON)
      </label>
      <p className="text-slate-600 dark:text-slate-400">Drop the file here, or choose it.</p>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        disabled={disabled}
        // Cleared after each choice, so choosing the same file again (after editing it) reads it again.
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onFile(file);
        }}
        className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100"
      />
    </div>
  );
}
