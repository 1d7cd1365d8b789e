/** Saves a file the page made (a CSV, a chart's PNG) through a temporary link: no server round trip. */
export function download(doc: Document, content: Blob | string, name: string): void {
  const url = typeof content === 'string' ? content : URL.createObjectURL(content);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // the browser has taken the file once the click is handled; an object URL would otherwise live on
  if (typeof content !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
