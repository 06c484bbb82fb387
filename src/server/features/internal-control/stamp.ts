/** Who changes something in the internal control plan, and when (ISO 8601, the request's clock). */
export interface Stamp {
  readonly by: string;
  readonly at: string;
}
