import { describe, expect, it } from 'vitest';
import { proposeCsvColumns } from './csv-column-proposal';

describe('a column proposal from the header row', () => {
  it('recognises a Raindance-style export with semicolons and a byte order mark', () => {
    const proposal = proposeCsvColumns(
      '\uFEFFBokföringsdatum;Verifikation;Konto;Ansvar;Belopp;Text',
    );
    expect(proposal.delimiter).toBe(';');
    expect(proposal.headers).toEqual([
      'Bokföringsdatum',
      'Verifikation',
      'Konto',
      'Ansvar',
      'Belopp',
      'Text',
    ]);
    expect(proposal.columns).toEqual({
      date: 'Bokföringsdatum',
      verification: 'Verifikation',
      account: 'Konto',
      unit: 'Ansvar',
      amount: 'Belopp',
      text: 'Text',
    });
  });

  it('ignores case, spaces and dots, keeps the names as written and leaves unknown columns out', () => {
    const proposal = proposeCsvColumns('PERIOD,Konto nr,Kostnadsställe,Belopp SEK,Ver.nr,Motpart');
    expect(proposal.delimiter).toBe(',');
    expect(proposal.columns).toEqual({
      period: 'PERIOD',
      account: 'Konto nr',
      unit: 'Kostnadsställe',
      amount: 'Belopp SEK',
      verification: 'Ver.nr',
    });
  });

  it('prefers the more specific name and uses a column once', () => {
    // "Ansvar" is the unit even when "Enhet" is there too; "Datum" is taken by date only.
    expect(proposeCsvColumns('Datum\tEnhet\tAnsvar\tKonto\tBelopp').columns).toEqual({
      date: 'Datum',
      unit: 'Ansvar',
      account: 'Konto',
      amount: 'Belopp',
    });
  });

  it('proposes nothing for a header it does not know', () => {
    expect(proposeCsvColumns('a;b;c').columns).toEqual({});
  });
});
