/** The texts of capture/, in Dutch (the default) and English; merged into i18n/nl.ts and i18n/en.ts. */
export const CAPTURE_NL = {
  'capture.heading': 'Snel vastleggen',
} as const satisfies Record<string, string>;

export const CAPTURE_EN: Readonly<Record<keyof typeof CAPTURE_NL, string>> = {
  'capture.heading': 'Quick capture',
};
