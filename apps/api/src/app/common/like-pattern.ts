/** `%` and `_` are wildcards in LIKE: a name search for "50%" must match the text, not everything. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
