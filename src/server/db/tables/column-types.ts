import type { ColumnType } from 'kysely';

/** Column types as the shared type parsers return them (see type-parsers.ts). */
export type Timestamp = ColumnType<string, string | undefined, string>;
/** 'YYYY-MM-DD' both ways. */
export type DateText = string;
/** JSON as stored; written as text so both engines take it alike. */
export type Json = ColumnType<unknown, string | null, never>;
