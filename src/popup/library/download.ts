/** Hands a text file to the browser's downloads (no `downloads` permission needed: an anchor with `download`). */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Firefox: give it a moment to start.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
