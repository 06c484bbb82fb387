import type { StatementColumn, StatementFigures } from '../../../domain/follow-up/measures';
import { sumOre, type Ore } from '../../../domain/kernel/money';

/** Column by column, in öre: rows are summed before anything is rounded to tkr. */
export function sumFigures(rows: readonly StatementFigures[]): StatementFigures {
  const total = (column: StatementColumn): Ore => sumOre(rows.map((row) => row[column]));
  return {
    budget: total('budget'),
    forecast: total('forecast'),
    forecastVariance: total('forecastVariance'),
    actual: total('actual'),
    actualPreviousYear: total('actualPreviousYear'),
    actualDifference: total('actualDifference'),
  };
}
