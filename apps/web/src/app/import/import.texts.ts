/** The texts of import/, in Dutch (the default) and English; merged into i18n/nl.ts and i18n/en.ts. */
export const IMPORT_NL = {
  'import.heading': 'Importeren',
} as const satisfies Record<string, string>;

export const IMPORT_EN: Readonly<Record<keyof typeof IMPORT_NL, string>> = {
  'import.heading': 'Import',
};
