/**
 * An export button of the options page: makes the file from what is saved now (not what the page
 * showed when it opened) and hands it to the browser's downloads.
 */
import type { ComponentChildren } from 'preact';

/** The kinds of file MedGloss exports: JSON backups and CSV for Anki (which reads UTF-8). */
const TYPES = { json: 'application/json', csv: 'text/csv;charset=utf-8' } as const;

function download(text: string, name: `${string}.${keyof typeof TYPES}`): void {
  const type = TYPES[name.slice(name.lastIndexOf('.') + 1) as keyof typeof TYPES];
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give it a moment before letting go of the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DownloadButton({
  name,
  make,
  disabled,
  children,
}: {
  /** The file's name; its ending gives its type. */
  name: Parameters<typeof download>[1];
  /** The file's text. */
  make: () => Promise<string>;
  disabled: boolean;
  children: ComponentChildren;
}) {
  return (
    <button type="button" disabled={disabled} onClick={() => void make().then((text) => download(text, name))}>
      {children}
    </button>
  );
}
