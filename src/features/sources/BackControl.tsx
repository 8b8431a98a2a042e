export interface BackProps {
  /** Whether the reader came from another page of the record in this tab (then Back goes there). */
  cameFromPage: boolean;
  onBack: () => void;
}

/** Back where the reader came from, as the browser's Back would; from a shared link, to the record's first page. */
export function BackControl({ cameFromPage, onBack }: BackProps) {
  const style = 'font-medium text-blue-800 underline dark:text-sky-300';
  if (!cameFromPage) {
    return (
      <a href={import.meta.env.BASE_URL} className={style}>
        ← The record
      </a>
    );
  }
  return (
    <button type="button" onClick={onBack} className={`${style} cursor-pointer`}>
      ← Back
    </button>
  );
}
