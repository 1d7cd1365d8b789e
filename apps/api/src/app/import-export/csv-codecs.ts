/**
 * How one cell of a Weefsel CSV file is read and written: text, external ids, dates, numbers, yes/no, choices
 * and list cells (`CONNECTOR@2021-03-01;VOLUNTEER@2020-01-01..2022-01-01`). Every reason a cell is refused is
 * written for the person fixing the file. Pure.
 */
import { AssetKind, CBS_CODE_PATTERN, isIsoDate, LIMITS, PersonRole } from '@weefsel/domain';
import { PersonRow } from './import-rows';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Reads one non-empty, trimmed cell into a value and writes it back. */
export interface Codec<T> {
  parse(cell: string): Parsed<T>;
  write(value: T): string;
}

/** A column of one kind of file. */
function quote(cell: string): string {
  return `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"`;
}

export function text(max: number): Codec<string> {
  return {
    parse: (cell) =>
      [...cell].length > max ? fail(`Too long: ${[...cell].length} characters, at most ${max}.`) : ok(cell),
    write: (value) => value,
  };
}

/** Ids from the source system. `;` separates ids in list cells, so it cannot be part of one. */
export const externalIdCodec: Codec<string> = {
  parse: (cell) => {
    if (cell.length > LIMITS.externalIdMax) {
      return fail(`Too long for an external id: ${cell.length} characters, at most ${LIMITS.externalIdMax}.`);
    }
    if (cell.includes(';')) return fail(`${quote(cell)}: an external id cannot contain ";".`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f]/.test(cell)) return fail(`${quote(cell)}: an external id cannot contain a line break or tab.`);
    return ok(cell);
  },
  write: (value) => value,
};

export function enumCodec<E extends string>(
  values: Record<string, E>,
  what: string,
  aliases: Record<string, E> = {},
): Codec<E> {
  const all = Object.values(values);
  return {
    parse: (cell) => {
      const key = cell.toUpperCase().replace(/[\s-]+/g, '_');
      const found = all.find((v) => v === key) ?? aliases[cell.toLowerCase()];
      return found ? ok(found) : fail(`${quote(cell)} is not ${what}: use ${listOr(all)}.`);
    },
    write: (value) => value,
  };
}

function listOr(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

export const dateCodec: Codec<string> = {
  parse: (cell) => {
    if (isIsoDate(cell)) return ok(cell);
    const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(cell);
    if (dutch) {
      const guess = `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}`;
      if (isIsoDate(guess)) {
        return fail(`${quote(cell)}: write dates as YYYY-MM-DD (${guess} if you mean day ${Number(dutch[1])}).`);
      }
    }
    return fail(`${quote(cell)} is not a date: write it as YYYY-MM-DD, e.g. 2021-03-01.`);
  },
  write: (value) => value,
};

export function intCodec(min: number, max: number, what: string): Codec<number> {
  return {
    parse: (cell) => {
      if (!/^[+-]?\d+$/.test(cell)) return fail(`${quote(cell)} is not a whole number: ${what}.`);
      const value = Number(cell);
      return value < min || value > max ? fail(`${cell} is out of range: ${what}.`) : ok(value);
    },
    write: (value) => String(value),
  };
}

/** Accepts a decimal comma too: Dutch spreadsheets write 0,8. */
export function decimalCodec(min: number, max: number, what: string): Codec<number> {
  return {
    parse: (cell) => {
      const normal = cell.replace(',', '.');
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal)) return fail(`${quote(cell)} is not a number: ${what}.`);
      const value = Number(normal);
      return value < min || value > max ? fail(`${cell} is out of range: ${what}.`) : ok(value);
    },
    write: (value) => String(value),
  };
}

const TRUE = new Set(['true', 'yes', 'ja', 'j', 'y', '1', 'waar']);
const FALSE = new Set(['false', 'no', 'nee', 'n', '0', 'onwaar']);

export const booleanCodec: Codec<boolean> = {
  parse: (cell) => {
    const key = cell.toLowerCase();
    if (TRUE.has(key)) return ok(true);
    if (FALSE.has(key)) return ok(false);
    return fail(`${quote(cell)} is not yes or no: use true/false, yes/no, ja/nee or 1/0.`);
  },
  write: (value) => (value ? 'true' : 'false'),
};

export const cbsCodec: Codec<string> = {
  parse: (cell) => {
    const code = cell.toUpperCase();
    return CBS_CODE_PATTERN.test(code)
      ? ok(code)
      : fail(`${quote(cell)} is not a CBS code: GM + 4 digits, WK + 6 digits or BU + 8 digits, e.g. BU03630000.`);
  },
  write: (value) => value,
};

/**
 * Items of a list cell are separated by `;`. A `;` or `\` inside an item is written `\;` or `\\`,
 * so any label survives a round trip. Empty items (a trailing `;`) are ignored.
 */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) {
      current += cell[++i];
    } else if (c === ';') {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\;]/g, (c) => `\\${c}`)).join(';');
}

export function listCodec<T>(
  item: (part: string) => Parsed<T>,
  writeItem: (value: T) => string,
  max: number,
  what: string,
  key: (value: T) => string = (value) => String(value),
): Codec<T[]> {
  return {
    parse: (cell) => {
      const values: T[] = [];
      const seen = new Set<string>();
      for (const part of splitList(cell)) {
        const parsed = item(part);
        if (!parsed.ok) return parsed;
        if (!seen.has(key(parsed.value))) {
          seen.add(key(parsed.value));
          values.push(parsed.value);
        }
      }
      return values.length > max ? fail(`Too many ${what}: ${values.length}, at most ${max}.`) : ok(values);
    },
    write: (values) => joinList(values.map(writeItem)),
  };
}

const personRoleCodec = enumCodec(PersonRole, 'a role');

type RoleSpell = PersonRow['roles'][number];

export function parseRoleSpell(part: string): Parsed<RoleSpell> {
  const form = 'write a role as ROLE@YYYY-MM-DD, or ROLE@YYYY-MM-DD..YYYY-MM-DD when it ended';
  const at = part.indexOf('@');
  if (at < 0) return fail(`${quote(part)}: ${form}.`);
  const role = personRoleCodec.parse(part.slice(0, at).trim());
  if (!role.ok) return role;
  const [sinceText, untilText, ...rest] = part
    .slice(at + 1)
    .split('..')
    .map((s) => s.trim());
  if (rest.length) return fail(`${quote(part)}: ${form}.`);
  const since = dateCodec.parse(sinceText);
  if (!since.ok) return fail(`${quote(part)}: the start date ${since.reason}`);
  let until: string | null = null;
  if (untilText !== undefined && untilText !== '') {
    const parsed = dateCodec.parse(untilText);
    if (!parsed.ok) return fail(`${quote(part)}: the end date ${parsed.reason}`);
    until = parsed.value;
    if (until < since.value) return fail(`${quote(part)}: the role ends before it starts.`);
  }
  return ok({ role: role.value, since: since.value, until });
}

const assetKindCodec = enumCodec(AssetKind, 'a kind of asset');

export function parseAsset(part: string): Parsed<PersonRow['assets'][number]> {
  const colon = part.indexOf(':');
  if (colon < 0) return fail(`${quote(part)}: write an asset as KIND:label, e.g. SKILL:fietsen repareren.`);
  const kind = assetKindCodec.parse(part.slice(0, colon).trim());
  if (!kind.ok) return kind;
  const label = part.slice(colon + 1).trim();
  if (!label) return fail(`${quote(part)}: the asset has no label.`);
  if ([...label].length > LIMITS.labelMax) {
    return fail(`${quote(part)}: an asset's label has at most ${LIMITS.labelMax} characters.`);
  }
  return ok({ kind: kind.value, label });
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection). An export prefixes such a
 * cell with `'`; an import removes that prefix again, so the value survives the round trip.
 */
export function escapeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
