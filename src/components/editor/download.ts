/** Save text as a file through the browser's download, without a server. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Long enough for the download to start in every browser.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
