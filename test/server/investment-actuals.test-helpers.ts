/**
 * A SIE 4 file of Alingsås (1489) for 2024 with the accounts the investment actuals' tests
 * book on (1220 Inventarier, 1240 Bilar, 1930 Bank, 2440 Leverantörsskulder, 5010 Löner), the
 * unit dimension 1 and the project dimension 6, and the given vouchers after the header.
 */
export function alingsasSieFile(vouchers: readonly string[]): string {
  return [
    '#FLAGGA 0',
    '#PROGRAM "Nämndkoll testfil" 1.0',
    '#FORMAT PC8',
    '#GEN 20240405',
    '#SIETYP 4',
    '#FNAMN "Alingsås kommun"',
    '#RAR 0 20240101 20241231',
    '#KPTYP KOMMUN',
    '#KONTO 1220 "Inventarier"',
    '#KONTO 1240 "Bilar och andra transportmedel"',
    '#KONTO 1930 "Bank"',
    '#KONTO 2440 "Leverantörsskulder"',
    '#KONTO 5010 "Månadsavlönade"',
    '#DIM 1 "Ansvar"',
    '#DIM 6 "Projekt"',
    ...vouchers,
    '',
  ].join('\n');
}
