/** Runs of whitespace as one space, trimmed: how texts are compared and quoted across the project. */
export function foldSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
