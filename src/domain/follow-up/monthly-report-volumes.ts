import { sickLeaveBlocks } from '../personnel/sick-leave-blocks';
import type { SickLeaveTable } from '../personnel/sick-leave';
import { placementBlocks } from '../placements/placement-blocks';
import type { PlacementFigures } from '../placements/placement-report';
import { heading, paragraph, type Block } from '../reports/document';
import type { AssistanceReportFigures } from '../volumes/assistance-figures';
import { assistanceBlocks, volumeBlocks } from '../volumes/volume-blocks';
import type { VolumeReportRow } from '../volumes/volume-figures';

/**
 * The monthly report's sections "Volymer" (placements, financial assistance and the other
 * volumes that explain the money, 001's "Verksamhet") and "Personal" (the board's sick leave
 * table as 001 publishes it), each left out when the board has no such data for the year.
 * Sick leave is the board's table only, with the small-group rule: no unit's figures.
 */

export interface MonthlyReportVolumes {
  /** The units with placements in the year, in code order; empty: none. */
  readonly placements: readonly { readonly name: string; readonly figures: PlacementFigures }[];
  /** The year's financial assistance to the month; null: no payments this year. */
  readonly assistance: AssistanceReportFigures | null;
  /** The other volumes' rows (volumeReport); empty: none this year. */
  readonly volumes: readonly VolumeReportRow[];
  /** The board's sick leave to the last month with HR data; null: no HR data this year. */
  readonly sickLeave: SickLeaveTable | null;
}

export const NO_MONTHLY_REPORT_VOLUMES: MonthlyReportVolumes = {
  placements: [],
  assistance: null,
  volumes: [],
  sickLeave: null,
};

export function volumeSectionBlocks(
  year: number,
  month: number,
  data: MonthlyReportVolumes,
): Block[] {
  const parts: Block[] = [
    ...(data.placements.length === 0
      ? []
      : placementBlocks({ year, month, units: data.placements, heading: 'plain', level: 2 })),
    ...(data.assistance === null
      ? []
      : assistanceBlocks({ figures: data.assistance, heading: 'plain', level: 2 })),
    ...(data.volumes.length === 0
      ? []
      : volumeBlocks({ year, month, rows: data.volumes, heading: 'plain', level: 2 })),
  ];
  return parts.length === 0 ? [] : [heading(1, 'Volymer', true), ...parts];
}

export function personnelSectionBlocks(data: MonthlyReportVolumes): Block[] {
  if (data.sickLeave === null) return [];
  return [
    heading(1, 'Personal', true),
    ...sickLeaveBlocks({ table: data.sickLeave, heading: 'plain', level: 2 }),
    paragraph('Sjukfrånvaron redovisas för nämnden som helhet, inte per enhet.'),
  ];
}
