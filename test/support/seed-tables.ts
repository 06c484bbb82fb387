import seedTables from '../fixtures/seeds/seed-tables.json';

/** The interim report 2023's operating statement (001, Ekonomi, Drift), tkr per line. */
export const SEED_OPERATING_STATEMENT_2023_AUGUST: Readonly<Record<string, readonly number[]>> =
  seedTables['001_interim_2023_operating_statement'].rows;

/** The seed's lines in the documents' order. */
export const SEED_LINE_LABELS = Object.keys(SEED_OPERATING_STATEMENT_2023_AUGUST);
