/** The texts of initiatives/, in Dutch (the default) and English; merged into i18n/nl.ts and i18n/en.ts. */
export const INITIATIVES_NL = {
  'initiatives.heading': 'Initiatieven en collectieven',
} as const satisfies Record<string, string>;

export const INITIATIVES_EN: Readonly<Record<keyof typeof INITIATIVES_NL, string>> = {
  'initiatives.heading': 'Initiatives and collectives',
};
