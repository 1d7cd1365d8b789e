/** The texts of watch-list/, in Dutch (the default) and English; merged into i18n/nl.ts and i18n/en.ts. */
export const WATCH_LIST_NL = {
  'watchList.heading': 'Volglijst',
} as const satisfies Record<string, string>;

export const WATCH_LIST_EN: Readonly<Record<keyof typeof WATCH_LIST_NL, string>> = {
  'watchList.heading': 'Watch-list',
};
