/**
 * The texts of the person picker, in Dutch (the default) and English. The picker is shared; its texts travel
 * with person/person.texts.ts, which is merged into i18n/nl.ts and i18n/en.ts.
 */
export const PERSON_PICKER_NL = {
  'personPicker.placeholder': 'Typ een deel van de naam',
  'personPicker.searching': 'Zoeken…',
  'personPicker.results.one': '1 bewoner gevonden. Kies met de pijltjestoetsen of tik erop.',
  'personPicker.results.other': '{count} bewoners gevonden. Kies met de pijltjestoetsen of tik erop.',
  'personPicker.more': 'Nog {count} meer: typ meer van de naam.',
  'personPicker.none': 'Niemand gevonden met “{search}” in de naam.',
  'personPicker.chosen': 'Gekozen: {name}, {street}',
  'personPicker.clear': 'Keuze wissen',
  'personPicker.failed': 'Zoeken lukte niet: {reason}',
} as const satisfies Record<string, string>;

export const PERSON_PICKER_EN: Readonly<Record<keyof typeof PERSON_PICKER_NL, string>> = {
  'personPicker.placeholder': 'Type part of the name',
  'personPicker.searching': 'Searching…',
  'personPicker.results.one': '1 resident found. Choose with the arrow keys or tap.',
  'personPicker.results.other': '{count} residents found. Choose with the arrow keys or tap.',
  'personPicker.more': '{count} more: type more of the name.',
  'personPicker.none': 'Nobody found with “{search}” in their name.',
  'personPicker.chosen': 'Chosen: {name}, {street}',
  'personPicker.clear': 'Clear choice',
  'personPicker.failed': 'Searching failed: {reason}',
};
