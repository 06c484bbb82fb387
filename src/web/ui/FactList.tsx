import type { ReactNode } from 'react';

/** Terms and their values, as a description list ("Fil: huvudbok.se", "Summa: 1 234 kr"). */
export function FactList({
  facts,
  compact = false,
}: {
  readonly facts: readonly (readonly [string, ReactNode])[];
  readonly compact?: boolean;
}) {
  return (
    <dl className={compact ? 'facts facts--compact' : 'facts'}>
      {facts.map(([term, value]) => (
        <div key={term} className="facts__item">
          <dt className="facts__term">{term}</dt>
          <dd className="facts__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
