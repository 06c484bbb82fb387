import { auditChainCheckSv, type AuditChainCheck } from '#contract/audit-chain';
import { swedishDateTime } from '#contract/swedish-time';
import { groupedHash } from '#domain/access/audit-chain-text';
import { auditChainRow, verifyAuditChains } from '#server/features/audit/audit-verify.service';
import { parsePositiveInteger } from '../arguments';
import { defineCommand } from '../cli-command';
import { municipalityId } from '../command-helpers';
import { UsageError } from '../cli-io';

interface AuditVerifyOptions {
  readonly municipality?: string;
  readonly row?: number;
}

/**
 * audit verify: checks the audit log's hash chains, all of them or the municipality's, a
 * sentence per chain. Returns the exit code: 0 when every chain is whole, 1 when one is
 * broken (the sentence names its first broken row by number and time). With --row, also
 * prints that row's stored hash, to hold against the one a published report printed.
 */
export const auditVerifyCommand = defineCommand<AuditVerifyOptions>({
  name: 'audit verify',
  description:
    'kontrollera granskningsloggens kedjor (alla, eller kommunens): att ingen rad har ändrats, tagits bort eller lagts till i efterhand',
  options: (command) =>
    command
      .option('--municipality <kommunkod>', 'bara kommunens kedja')
      .option(
        '--row <nr>',
        'visa också radens kontrollsumma (jämför med den en publicerad rapport anger)',
        parsePositiveInteger,
      ),
  handler: async ({ database, io, options }) => {
    if (options.row !== undefined && options.municipality === undefined) {
      throw new UsageError('Ange --municipality (kommunkod) med --row: vilken kommuns kedja.');
    }
    const chosen =
      options.municipality === undefined
        ? undefined
        : [await municipalityId(database, options.municipality)];
    const checks: AuditChainCheck[] = await verifyAuditChains(database.db, chosen);
    for (const check of checks) io.stdout.write(`${auditChainCheckSv(check)}\n`);
    if (chosen?.[0] !== undefined && options.row !== undefined) {
      const row = await auditChainRow(database.db, chosen[0], options.row);
      io.stdout.write(
        row === null
          ? `Rad nr ${String(options.row)} finns inte i kedjan.\n`
          : `Rad nr ${String(row.seq)} (${swedishDateTime(row.occurredAt)}): kontrollsumma ${groupedHash(row.hash ?? '')}.\n`,
      );
    }
    const broken = checks.filter((check) => check.broken !== null).length;
    if (broken > 0) {
      io.stderr.write(
        `Granskningsloggen är inte hel: ${String(broken)} av ${String(checks.length)} kedjor är brutna.\n`,
      );
      return 1;
    }
    io.stdout.write(
      checks.length === 0
        ? 'Granskningsloggen har inga rader ännu.\n'
        : 'Granskningsloggen är hel.\n',
    );
    return 0;
  },
});
