/**
 * Save bytes as a file in the browser: a Blob URL on a temporary link with `download` (no network; the URL is
 * revoked right after). The MIME type of .xlsx is the default.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function saveBytes(bytes: Uint8Array, fileName: string, mime = XLSX_MIME): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Read a chosen File's bytes. */
export async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Let the browser breathe between files (Excel restarts an add-in that is unresponsive for 5 seconds). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** File name for a download: the title, cut of characters Windows forbids. */
export function safeFileName(title: string, ext = '.xlsx'): string {
  return `${title.replace(/[\\/:*?"<>|\r\n]+/g, '_').trim() || 'workbook'}${ext}`;
}
