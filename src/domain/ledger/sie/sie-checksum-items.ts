import { SieChecksum } from './sie-checksum';
import { sieText } from './sie-header-items';
import type { SieField } from './sie-line';
import type { ImportIssue } from '../import-issue';

/**
 * Follows the #KSUMMA items of a file: the first (without a value) opens the checksum, every
 * item after it is added to it, and the second (with the value) closes and checks it.
 */
export class SieChecksumItems {
  private checksum: SieChecksum | undefined;
  private state: 'absent' | 'open' | 'valid' | 'invalid' = 'absent';
  private openedOn = 0;

  constructor(
    private readonly bytesOf: (text: string) => Uint8Array,
    private readonly problem: (issue: ImportIssue) => void,
  ) {}

  item(label: string, fields: readonly SieField[], line: number): void {
    if (label === '#KSUMMA') {
      const value = sieText(fields[0]);
      if (value === undefined && this.state === 'absent') {
        this.checksum = new SieChecksum();
        this.state = 'open';
        this.openedOn = line;
      } else if (value !== undefined && this.state === 'open' && this.checksum) {
        const actual = this.checksum.value();
        if (String(actual) === value.trim()) {
          this.state = 'valid';
        } else {
          this.state = 'invalid';
          this.problem({ code: 'checksum-mismatch', line, value, expected: String(actual) });
        }
      } else if (value !== undefined && this.state === 'absent') {
        this.problem({ code: 'checksum-not-opened', line });
      }
      return;
    }
    if (this.state !== 'open' || !this.checksum) return;
    this.checksum.add(this.bytesOf(label));
    for (const field of fields) {
      if (field.kind === 'text') this.checksum.add(this.bytesOf(field.text));
      else for (const item of field.items) this.checksum.add(this.bytesOf(item));
    }
  }

  /** Ends the file: a checksum still open means the file was cut short. */
  finish(): 'absent' | 'valid' | 'invalid' {
    if (this.state === 'open') this.problem({ code: 'checksum-not-closed', line: this.openedOn });
    return this.state === 'valid' ? 'valid' : this.state === 'invalid' ? 'invalid' : 'absent';
  }
}
