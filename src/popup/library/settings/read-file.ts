/** Reading a chosen file as UTF-8 text, reporting progress (a 50 MB backup takes a noticeable moment). */

/** The file's text; `onProgress` gets the fraction read. Throws when the file is not UTF-8 text. */
export async function readTextWithProgress(
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<string> {
  // Fatal decoding: a binary or legacy-encoded file fails here with a clear reason, not later as garbled JSON.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  if (typeof file.stream !== 'function') {
    const text = decoder.decode(await file.arrayBuffer());
    onProgress(1);
    return text;
  }
  const reader = file.stream().getReader();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress(file.size ? read / file.size : 1);
  }
  parts.push(decoder.decode());
  onProgress(1);
  return parts.join('');
}
