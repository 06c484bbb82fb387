/**
 * An audit chain's hash as people read and compare it: SHA-256's 64 hex digits in groups of
 * eight, "3f9a0c1d 5e7b2a40 …". The published report, the log's check and the command line
 * write it alike.
 */
export const groupedHash = (hash: string): string => (hash.match(/.{1,8}/g) ?? [hash]).join(' ');

/** "nr 1234, 3f9a0c1d 5e7b2a40 …": a row's place in its chain. */
export const chainLinkText = (link: { readonly seq: number; readonly hash: string }): string =>
  `nr ${String(link.seq)}, ${groupedHash(link.hash)}`;
