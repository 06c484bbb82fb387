import type { FollowUpYear } from '#contract/organisation';
import { MONTH_NAMES_SV, MONTHS } from '#domain/kernel/period';
import { SelectField } from './SelectField';
import { STATEMENT_PARAMS, type StatementPeriod } from './statement-params';
import { useSearchParamChange } from './use-search-param-change';

const MONTH_OPTIONS = MONTHS.map((month) => ({
  value: String(month),
  label: MONTH_NAMES_SV[month],
}));

/** År and Månad: the statement covers January through the chosen month of the chosen year. */
export function PeriodControls({
  years,
  period,
}: {
  readonly years: readonly FollowUpYear[];
  readonly period: StatementPeriod;
}) {
  const changeSearchParams = useSearchParamChange();
  const yearOptions = years.map((entry) => ({
    value: String(entry.year),
    label: String(entry.year),
  }));
  if (!years.some((entry) => entry.year === period.year)) {
    // A year from the address that has no figures: shown so the select tells the truth.
    yearOptions.unshift({ value: String(period.year), label: String(period.year) });
  }

  const change = (param: 'year' | 'month', value: string): void => {
    changeSearchParams((next) => {
      next.set(STATEMENT_PARAMS.year, String(period.year));
      next.set(STATEMENT_PARAMS.month, String(period.month));
      next.set(STATEMENT_PARAMS[param], value);
    });
  };

  return (
    <div className="period-controls" role="group" aria-label="Period">
      <SelectField
        label="År"
        value={String(period.year)}
        options={yearOptions}
        onChange={(value) => {
          change('year', value);
        }}
      />
      <SelectField
        label="Månad"
        value={String(period.month)}
        options={MONTH_OPTIONS}
        onChange={(value) => {
          change('month', value);
        }}
      />
      <p className="period-controls__hint">Utfall från januari till och med vald månad.</p>
    </div>
  );
}
