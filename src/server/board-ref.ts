/**
 * A board of a municipality, by the ids the API's paths carry: what most services work on. One
 * type for every feature, so no feature imports another's service for it.
 */
export interface BoardRef {
  readonly municipalityId: string;
  readonly boardId: string;
}

/** A budget version of a board, by the ids the API's version paths carry. */
export interface VersionRef extends BoardRef {
  readonly versionId: string;
}
