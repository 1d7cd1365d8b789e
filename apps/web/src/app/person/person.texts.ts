/** The texts of person/, in Dutch (the default) and English; merged into i18n/nl.ts and i18n/en.ts. */
export const PERSON_NL = {
  'person.heading': 'Bewoner',
} as const satisfies Record<string, string>;

export const PERSON_EN: Readonly<Record<keyof typeof PERSON_NL, string>> = {
  'person.heading': 'Resident',
};
