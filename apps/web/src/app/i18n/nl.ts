/**
 * Dutch texts: the default language of Weefsel. Every user-facing string of the web app lives here (and in en.ts),
 * so a translator works from two files and the type system says when one misses a key.
 * Placeholders are written {name}; both languages must use the same ones.
 */
import { PLACE_LEVEL_LABEL_NL, PlaceLevel } from '@weefsel/domain';

export const nl = {
  'app.name': 'Weefsel',
  'app.skipToContent': 'Naar de inhoud',

  'title.login': 'Inloggen',
  'title.people': 'Bewoners',
  'title.home': 'Start',

  'language.toggle': 'English',
  'language.toggleLabel': 'Switch to English',

  'login.heading': 'Inloggen',
  'login.intro': 'Het sociale weefsel van je straten en buurten in beeld.',
  'login.email': 'E-mailadres',
  'login.password': 'Wachtwoord',
  'login.submit': 'Inloggen',
  'login.busy': 'Bezig met inloggen…',
  'login.expired': 'Je sessie is verlopen. Log opnieuw in.',
  'login.sharedComputer':
    'Je blijft alleen ingelogd in dit tabblad. Op een gedeelde computer: sluit de browser als je klaar bent.',

  'validation.required': 'Vul dit veld in.',
  'validation.email': 'Dit is geen geldig e-mailadres.',
  'validation.minLength': 'Gebruik minstens {min} tekens.',
  'validation.maxLength': 'Gebruik hoogstens {max} tekens.',

  'shell.mainNav': 'Hoofdmenu',
  'shell.nav.people': 'Bewoners',
  'shell.nav.home': 'Start',
  'shell.signOut': 'Uitloggen',
  'shell.signedInAs': 'Ingelogd als',

  'userRole.WORKER': 'opbouwwerker',
  'userRole.CORPORATION': 'woningcorporatie',
  'userRole.ANALYST': 'analist',
  'userRole.ADMIN': 'beheerder',

  'placeLevel.STREET': PLACE_LEVEL_LABEL_NL[PlaceLevel.STREET],
  'placeLevel.NEIGHBOURHOOD': PLACE_LEVEL_LABEL_NL[PlaceLevel.NEIGHBOURHOOD],
  'placeLevel.DISTRICT': PLACE_LEVEL_LABEL_NL[PlaceLevel.DISTRICT],
  'placeLevel.VILLAGE': PLACE_LEVEL_LABEL_NL[PlaceLevel.VILLAGE],
  'placeLevel.MUNICIPALITY': PLACE_LEVEL_LABEL_NL[PlaceLevel.MUNICIPALITY],

  'personRole.CONNECTOR': 'verbinder',
  'personRole.KEY_FIGURE': 'sleutelfiguur',
  'personRole.INITIATOR': 'initiatiefnemer',
  'personRole.VOLUNTEER': 'vrijwilliger',

  'people.heading': 'Bewoners',
  'people.filters': 'Filters',
  'people.place': 'Plek',
  'people.allPlaces': 'Alle plekken',
  'people.placesFailed': 'De plekken konden niet worden geladen; je ziet bewoners van al je plekken.',
  'people.search': 'Zoek op naam',
  'people.total.one': '1 bewoner',
  'people.total.other': '{count} bewoners',
  'people.range': '{from}–{to} van {total}',
  'people.column.name': 'Naam',
  'people.column.street': 'Straat',
  'people.column.roles': 'Rollen nu',
  'people.column.watchList': 'Aandacht',
  'people.watchList': 'aandachtslijst',
  'people.watchListLabel': 'Staat op de aandachtslijst',
  'people.noRoles': 'geen',
  'people.loading': 'Bewoners laden…',
  'people.empty': 'Hier zijn nog geen bewoners. Importeer een CSV-bestand of voeg iemand toe.',
  'people.emptySearch': 'Niemand gevonden met “{search}” in de naam.',
  'people.pagination': 'Bladeren',
  'people.previous': 'Vorige',
  'people.next': 'Volgende',
  'people.retry': 'Opnieuw proberen',

  'home.welcome': 'Welkom, {name}',
  'home.WORKER': 'Onder Bewoners zie je de mensen in de plekken die aan jou zijn toegewezen.',
  'home.CORPORATION':
    'Hier komt in een volgende versie het dashboard van jullie plekken: hoe gezond het netwerk in buurten en straten is. Je ziet alleen totalen, nooit namen of losse bewoners, en een groep van minder dan 10 bewoners wordt niet getoond.',
  'home.ANALYST':
    'Je werkt met de gepseudonimiseerde GraphQL-API: het netwerk en de cijfers, zonder namen, contactgegevens of notities. Stuur je toegangstoken mee als Authorization: Bearer.',
  'home.ADMIN':
    'Je beheert de gebruikers en plekken van je organisatie via de GraphQL-API. Gegevens van bewoners zie je als beheerder niet.',
  'home.endpoint': 'GraphQL-adres',

  'error.UNAUTHENTICATED': 'Je bent niet (meer) ingelogd.',
  'error.FORBIDDEN': 'Je hebt geen toegang tot deze gegevens.',
  'error.BAD_USER_INPUT': 'De invoer klopt niet.',
  'error.NOT_FOUND': 'Niet gevonden.',
  'error.CONFLICT': 'Dit botst met gegevens die er al zijn.',
  'error.INTERNAL_SERVER_ERROR': 'Er ging iets mis op de server. Probeer het later opnieuw.',
  'error.NETWORK_ERROR': 'De Weefsel-server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
} as const satisfies Record<string, string>;

export type TranslationKey = keyof typeof nl;

/** What every other language must provide: a text for each Dutch key, no more, no less. */
export type Translations = Readonly<Record<TranslationKey, string>>;
