/** The texts of map/ added with the PNG export and the function and group filters; merged into i18n/nl.ts and en.ts. */
export const MAP_NL = {
  'map.export.png': 'PNG',
  'map.export.pngLabel': 'Kaart opslaan als PNG',
  'map.filter.functions': 'Functie van de band (ecogram)',
  'map.filter.functionsHint': 'Niets aangevinkt: alle banden, ook zonder bekende functie.',
  'map.function.PRACTICAL': 'praktische hulp',
  'map.function.COMPANIONSHIP': 'gezelschap',
  'map.function.ADVICE': 'advies',
  'map.function.EMOTIONAL': 'emotionele steun',
  'map.filter.group': 'Collectief of initiatief',
  'map.filter.allGroups': 'Iedereen',
  'map.filter.groupHint': 'Alleen de leden of deelnemers, en de banden tussen hen.',
  'map.filter.collectives': 'Collectieven',
  'map.filter.initiatives': 'Initiatieven',
} as const satisfies Record<string, string>;

export const MAP_EN: Readonly<Record<keyof typeof MAP_NL, string>> = {
  'map.export.png': 'PNG',
  'map.export.pngLabel': 'Save the map as PNG',
  'map.filter.functions': 'What the tie does (ecogram)',
  'map.filter.functionsHint': 'Nothing ticked: every tie, also those without a known function.',
  'map.function.PRACTICAL': 'practical help',
  'map.function.COMPANIONSHIP': 'company',
  'map.function.ADVICE': 'advice',
  'map.function.EMOTIONAL': 'emotional support',
  'map.filter.group': 'Collective or initiative',
  'map.filter.allGroups': 'Everyone',
  'map.filter.groupHint': 'Only the members or participants, and the ties between them.',
  'map.filter.collectives': 'Collectives',
  'map.filter.initiatives': 'Initiatives',
};
