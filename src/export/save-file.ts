/** Saves a blob under a name, as a link with `download` does: no server, no new window. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the address after click() returns: it is released a while later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
