/** The texts of suggestions/, in Dutch (the default) and English; merged into i18n/nl.ts and i18n/en.ts. */
export const SUGGESTIONS_NL = {
  'suggestions.heading': 'Gatenvuller',
} as const satisfies Record<string, string>;

export const SUGGESTIONS_EN: Readonly<Record<keyof typeof SUGGESTIONS_NL, string>> = {
  'suggestions.heading': 'Gap filler',
};
