/**
 * A unit (or account, board, municipality) as people read it: "8111 Mottagning", or its code
 * alone when it has no name of its own. A unit an import created from a file that named it only
 * by its code is named by that code, so it reads "Nord", never "Nord Nord".
 */
export function codeAndName(item: { readonly code: string; readonly name: string }): string {
  if (item.code === '') return item.name;
  return item.name && item.name !== item.code ? `${item.code} ${item.name}` : item.code;
}
