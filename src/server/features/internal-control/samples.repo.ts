import type { SamplePopulation, SampleVerdict } from '#domain/internal-control/sample-draw';
import type { PopulationMember } from '#domain/internal-control/sample-population';
import type { Db } from '#server/db/types';

/** Drawn samples and their items with the review (SQL). */

export interface NewSample {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly controlId: string | null;
  readonly population: SamplePopulation;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly size: number;
  readonly seed: string;
  readonly populationCount: number;
  readonly drawnAt: string;
  readonly drawnBy: string;
}

/**
 * Writes a sample and its items in the order drawn; its id. An item's reviewer unit is the
 * sample's, or else its own (a ledger transaction's unit).
 */
export async function insertSample(
  db: Db,
  sample: NewSample,
  items: readonly (PopulationMember & { readonly reviewerOrgUnitId?: string | null })[],
  reviewerOrgUnitId: string | null,
): Promise<string> {
  const { id } = await db
    .insertInto('sample')
    .values({
      municipality_id: sample.municipalityId,
      board_id: sample.boardId,
      control_id: sample.controlId,
      population: sample.population,
      parameters: JSON.stringify(sample.parameters),
      size: sample.size,
      seed: sample.seed,
      population_count: sample.populationCount,
      drawn_at: sample.drawnAt,
      drawn_by: sample.drawnBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('sample_item')
    .values(
      items.map((item, index) => ({
        municipality_id: sample.municipalityId,
        sample_id: id,
        position: index + 1,
        item_key: item.key,
        label: item.label,
        reviewer_org_unit_id: reviewerOrgUnitId ?? item.reviewerOrgUnitId ?? null,
      })),
    )
    .execute();
  return id;
}

export interface SampleRecord {
  readonly id: string;
  readonly boardId: string;
  readonly controlId: string | null;
  readonly population: SamplePopulation;
  readonly parameters: unknown;
  readonly size: number;
  readonly seed: string;
  readonly populationCount: number;
  readonly drawnAt: string;
  readonly drawnBy: string;
}

export interface SampleItemRecord {
  readonly position: number;
  readonly key: string;
  readonly label: string;
  readonly reviewerOrgUnitId: string | null;
  readonly verdict: SampleVerdict | null;
  readonly comment: string;
  readonly reviewedAt: string | null;
  readonly reviewedBy: string | null;
  readonly revision: number;
}

/** A sample of the municipality, by id. */
export async function findSample(
  db: Db,
  municipalityId: string,
  sampleId: string,
): Promise<SampleRecord | undefined> {
  const row = await db
    .selectFrom('sample')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', sampleId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      boardId: row.board_id,
      controlId: row.control_id,
      population: row.population,
      parameters: row.parameters,
      size: row.size,
      seed: row.seed,
      populationCount: row.population_count,
      drawnAt: row.drawn_at,
      drawnBy: row.drawn_by,
    }
  );
}

/** A sample's items in the order drawn. */
export async function findSampleItems(
  db: Db,
  municipalityId: string,
  sampleId: string,
): Promise<SampleItemRecord[]> {
  const rows = await db
    .selectFrom('sample_item')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('sample_id', '=', sampleId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    position: row.position,
    key: row.item_key,
    label: row.label,
    reviewerOrgUnitId: row.reviewer_org_unit_id,
    verdict: row.verdict,
    comment: row.comment,
    reviewedAt: row.reviewed_at,
    reviewedBy: row.reviewed_by,
    revision: row.revision,
  }));
}

/**
 * Sets an item's verdict and comment if its revision is still `baseRevision` (compare-and-set in
 * the database); the new revision, or undefined when another save came first.
 */
export async function setItemVerdict(
  db: Db,
  key: { readonly municipalityId: string; readonly sampleId: string; readonly position: number },
  review: {
    readonly verdict: SampleVerdict;
    readonly comment: string;
    readonly at: string;
    readonly by: string;
  },
  baseRevision: number,
): Promise<number | undefined> {
  const row = await db
    .updateTable('sample_item')
    .set((eb) => ({
      verdict: review.verdict,
      comment: review.comment,
      reviewed_at: review.at,
      reviewed_by: review.by,
      revision: eb('revision', '+', 1),
    }))
    .where('municipality_id', '=', key.municipalityId)
    .where('sample_id', '=', key.sampleId)
    .where('position', '=', key.position)
    .where('revision', '=', baseRevision)
    .returning('revision')
    .executeTakeFirst();
  return row?.revision;
}
