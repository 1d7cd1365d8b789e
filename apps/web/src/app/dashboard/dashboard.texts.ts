/** The texts of dashboard/, in Dutch (the default) and English; merged into i18n/nl.ts and i18n/en.ts. */
export const DASHBOARD_NL = {
  'dashboard.heading': 'Dashboard',
} as const satisfies Record<string, string>;

export const DASHBOARD_EN: Readonly<Record<keyof typeof DASHBOARD_NL, string>> = {
  'dashboard.heading': 'Dashboard',
};
