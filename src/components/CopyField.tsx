import { useId, useRef } from 'react';

interface Props {
  label: string;
  /** The copy button's words: "Copy plain text". */
  copyLabel: string;
  /** What is copied, for the confirmation: "plain text". */
  what: string;
  value: string;
  /** What happened, for the panel's live region. */
  onResult: (message: string) => void;
}

/** Enough rows for the text as it wraps in the panel, within reason. */
function rowsFor(text: string): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 60)), 0);
  return Math.min(8, Math.max(3, lines));
}

/** A read-only text with a copy button; where the clipboard is out of reach, the text is selected for Ctrl+C. */
export function CopyField({ label, copyLabel, what, value, onResult }: Props) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);

  async function copy() {
    try {
      // Absent on insecure origins and in some embedded browsers; writeText also rejects without permission.
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      onResult(`Copied ${what}.`);
    } catch {
      ref.current?.focus();
      ref.current?.select();
      onResult(`Could not copy: the ${what} is selected, press Ctrl+C (⌘C on a Mac) to copy it.`);
    }
  }

  return (
    <div className="mt-3 first:mt-0">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        ref={ref}
        readOnly
        value={value}
        rows={rowsFor(value)}
        className="mt-1 block w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
      />
      <button
        type="button"
        onClick={() => void copy()}
        className="mt-1 rounded-md border border-slate-400 px-2 py-0.5 text-sm dark:border-slate-500"
      >
        {copyLabel}
      </button>
    </div>
  );
}
