/**
 * Figures as the reference documents' extracted text writes them: an ordinary space where
 * the application writes its no-break space (kernel/format.ts), so a test compares with the
 * seeds' sentences as they read.
 */
export function plain<T extends string | readonly string[]>(text: T): T {
  const one = (value: string): string => value.replaceAll('\u00a0', ' ');
  return (typeof text === 'string' ? one(text) : text.map(one)) as T;
}
