import type { Generated } from 'kysely';
import type { OrgUnitKind } from '#domain/organisation/org-tree';
import type { DateText, Timestamp } from './column-types';

/** The municipality, its boards and the org tree (departments and units). */

export interface MunicipalityTable {
  id: Generated<string>;
  code: string;
  name: string;
  org_number: string | null;
  created_at: Timestamp;
}

export interface BoardTable {
  municipality_id: string;
  id: Generated<string>;
  code: string;
  name: string;
  administration_name: string | null;
}

export interface OrgUnitTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  parent_id: string | null;
  kind: OrgUnitKind;
  code: string;
  name: string;
  sort_order: number;
  valid_from: DateText | null;
  valid_to: DateText | null;
  revision: Generated<number>;
  updated_at: string | null;
  updated_by: string | null;
}
