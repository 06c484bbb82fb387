import { formatFixed, formatMnkr, formatPercentFromBasisPoints } from '../kernel/format';
import { ore, type Ore } from '../kernel/money';
import type { FrameAdjustment, FrameWalk, FrameWalkYear } from './frame-walk';

/** A proposed paragraph about one year of the frame walk; the user may edit it. */
export interface FrameWalkParagraph {
  readonly year: number;
  readonly text: string;
}

/**
 * Swedish prose for the frame walk in the style of a budget document (002, 4.1): the budget
 * year (the walk's first year) told against the year before, each plan year as its uplift.
 * Amounts in mnkr with one decimal, percentages with one decimal, decimal comma; a negative
 * amount written as every figure is (kernel/format.ts). The adjustments' texts are
 * the user's and are quoted as given, without a closing full stop.
 */
export function frameWalkProse(walk: FrameWalk): FrameWalkParagraph[] {
  const words = new ProseWords();
  return walk.years.map((year, index) => ({
    year: year.year,
    text: (index === 0 ? budgetYearSentences(year, words) : planYearSentences(year, words)).join(
      ' ',
    ),
  }));
}

class ProseWords {
  /** "265,8 miljoner kronor". */
  mnkr(amount: Ore): string {
    return `${formatMnkr(amount)} miljoner kronor`;
  }

  /** The size of an amount whose direction the words tell. */
  magnitude(amount: Ore): string {
    return this.mnkr(ore(Math.abs(amount)));
  }

  pkv(basisPoints: number): string {
    return `${formatPercentFromBasisPoints(Math.abs(basisPoints))} procent`;
  }

  percentTenths(tenths: number): string {
    return `${formatFixed(Math.abs(tenths), 1)} procent`;
  }

  /** "en volymuppräkning på 1,7 miljoner kronor", or a decrease, with the user's reason. */
  volume(year: FrameWalkYear): string {
    const what = year.volume < 0 ? 'en volymminskning' : 'en volymuppräkning';
    return `${what} på ${this.magnitude(year.volume)}${reason(year.volumeText)}`;
  }

  /** "Dessutom görs en ramjustering om -0,1 miljoner kronor: <text>." */
  adjustments(year: FrameWalkYear): string[] {
    const [only, ...more] = year.adjustments;
    if (only === undefined) return [];
    if (more.length === 0) {
      const text = cleanText(only.text);
      return [
        `Dessutom görs en ramjustering om ${this.mnkr(only.amount)}${text ? `: ${text}` : ''}.`,
      ];
    }
    const items = year.adjustments.map(
      (adjustment: FrameAdjustment) =>
        `${cleanText(adjustment.text) || 'ramjustering'} (${this.mnkr(adjustment.amount)})`,
    );
    return [
      `Dessutom görs ramjusteringar om sammanlagt ${this.mnkr(year.adjustmentsTotal)}: ${listSv(items)}.`,
    ];
  }
}

/**
 * "För 2026 uppgår kommunbidraget till 265,8 miljoner kronor, vilket innebär en ökning med
 * 3,7 procent eller 9,5 miljoner kronor jämfört med 2025. Denna ökning inkluderar en
 * indexuppräkning på 3,1 procent som motsvarar hela prisindex för kommunal verksamhet, vilket
 * innebär 7,9 miljoner kronor, samt en volymuppräkning på 1,7 miljoner kronor. Dessutom görs
 * en ramjustering om -0,1 miljoner kronor: <text>."
 */
function budgetYearSentences(year: FrameWalkYear, words: ProseWords): string[] {
  const opening = `För ${year.year} uppgår kommunbidraget till ${words.mnkr(year.allocation)}`;
  const previousYear = year.year - 1;
  let first: string;
  if (year.totalChange === 0) {
    first = `${opening}, vilket är oförändrat jämfört med ${previousYear}.`;
  } else {
    const direction = year.totalChange > 0 ? 'en ökning' : 'en minskning';
    const percent =
      year.changePercentTenths === null
        ? ''
        : `${words.percentTenths(year.changePercentTenths)} eller `;
    first = `${opening}, vilket innebär ${direction} med ${percent}${words.magnitude(year.totalChange)} jämfört med ${previousYear}.`;
  }

  const parts: string[] = [];
  if (year.pkvBasisPoints !== 0) {
    const upOrDown = year.pkvBasisPoints > 0 ? 'en indexuppräkning' : 'en indexnedräkning';
    parts.push(
      `${upOrDown} på ${words.pkv(year.pkvBasisPoints)} som motsvarar hela prisindex för kommunal verksamhet, vilket innebär ${words.magnitude(year.indexUplift)}`,
    );
  }
  if (year.volume !== 0) parts.push(words.volume(year));
  const lead = year.totalChange > 0 ? 'Denna ökning inkluderar' : 'Förändringen inkluderar';
  const second = parts.length === 0 ? [] : [`${lead} ${parts.join(', samt ')}.`];

  return [first, ...second, ...words.adjustments(year)];
}

/**
 * "För 2027 räknas budgeten upp med prisindex för kommunal verksamhet, vilket motsvarar
 * 3,1 procent eller 8,2 miljoner kronor, och en volymuppräkning på 1,1 miljoner kronor. Detta
 * ger en total ökning om 9,4 miljoner kronor och ett kommunbidrag på 275,2 miljoner kronor."
 */
function planYearSentences(year: FrameWalkYear, words: ProseWords): string[] {
  const volume = year.volume === 0 ? '' : words.volume(year);
  let first: string;
  if (year.pkvBasisPoints === 0) {
    first =
      volume === ''
        ? `För ${year.year} görs ingen indexuppräkning.`
        : `För ${year.year} görs ingen indexuppräkning men ${volume}.`;
  } else {
    const upOrDown = year.pkvBasisPoints > 0 ? 'upp' : 'ned';
    first = `För ${year.year} räknas budgeten ${upOrDown} med prisindex för kommunal verksamhet, vilket motsvarar ${words.pkv(year.pkvBasisPoints)} eller ${words.magnitude(year.indexUplift)}${volume === '' ? '' : `, och ${volume}`}.`;
  }

  const allocation = words.mnkr(year.allocation);
  const last =
    year.totalChange === 0
      ? `Detta ger ett oförändrat kommunbidrag på ${allocation}.`
      : `Detta ger en total ${year.totalChange > 0 ? 'ökning' : 'minskning'} om ${words.magnitude(year.totalChange)} och ett kommunbidrag på ${allocation}.`;

  return [first, ...words.adjustments(year), last];
}

/** The user's text without surrounding space or a closing full stop (the sentence adds it). */
function cleanText(text: string): string {
  return text.trim().replace(/\.+$/u, '').trimEnd();
}

function reason(text: string | undefined): string {
  const cleaned = cleanText(text ?? '');
  return cleaned === '' ? '' : ` ${cleaned}`;
}

/** "a", "a och b", "a, b och c". */
function listSv(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1) ?? ''}`;
}
