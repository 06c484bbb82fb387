import type { Db } from '#server/db/types';

/** The links of a board's investment lines to project codes and asset accounts. */

export function findInvestmentLinks(db: Db, municipalityId: string, boardId: string) {
  return db
    .selectFrom('investment_link')
    .select(['category', 'name', 'kind', 'code'])
    .where('municipality_id', '=', municipalityId)
    .where('board_id', '=', boardId)
    .orderBy('category')
    .orderBy('name')
    .orderBy('kind')
    .orderBy('code')
    .execute();
}

/** Replaces one line's links with the given codes. */
export async function replaceLineLinks(
  db: Db,
  at: { readonly municipalityId: string; readonly boardId: string },
  line: {
    readonly category: 'expansion' | 'image' | 'reinvestment' | 'adaptation';
    readonly name: string;
  },
  links: readonly { readonly kind: 'project' | 'account'; readonly code: string }[],
  createdBy: string | null,
): Promise<void> {
  await db
    .deleteFrom('investment_link')
    .where('municipality_id', '=', at.municipalityId)
    .where('board_id', '=', at.boardId)
    .where('category', '=', line.category)
    .where('name', '=', line.name)
    .execute();
  if (links.length === 0) return;
  await db
    .insertInto('investment_link')
    .values(
      links.map((link) => ({
        municipality_id: at.municipalityId,
        board_id: at.boardId,
        kind: link.kind,
        code: link.code,
        category: line.category,
        name: line.name,
        created_by: createdBy,
      })),
    )
    .execute();
}
