/** Input limits shared by the API (validation) and the web (form hints), so both say the same. */
export const LIMITS = {
  nameMax: 120,
  emailMax: 254,
  passwordMin: 8,
  passwordMax: 200,
  labelMax: 80,
  textMax: 4000,
  externalIdMax: 100,
  assetsMax: 30,
  personsPerContactMax: 50,
  defaultPageSize: 50,
  maxPageSize: 200,
  /** an import file larger than this is refused before parsing */
  importBytesMax: 20 * 1024 * 1024,
} as const;

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
