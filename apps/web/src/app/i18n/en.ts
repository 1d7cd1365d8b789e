/** English texts. Typed as Translations, so a key missing here (or misspelt) is a compile error. */
import type { Translations } from './nl';

export const en: Translations = {
  'app.name': 'Weefsel',
  'app.skipToContent': 'Skip to content',

  'title.login': 'Sign in',
  'title.people': 'Residents',
  'title.home': 'Home',

  'language.toggle': 'Nederlands',
  'language.toggleLabel': 'Schakel over naar Nederlands',

  'login.heading': 'Sign in',
  'login.intro': 'The social fabric of your streets and neighbourhoods at a glance.',
  'login.email': 'E-mail address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.busy': 'Signing in…',
  'login.expired': 'Your session has ended. Please sign in again.',
  'login.sharedComputer':
    'You stay signed in in this tab only. On a shared computer, close the browser when you are done.',

  'validation.required': 'Please fill in this field.',
  'validation.email': 'This is not a valid e-mail address.',
  'validation.minLength': 'Use at least {min} characters.',
  'validation.maxLength': 'Use at most {max} characters.',

  'shell.mainNav': 'Main menu',
  'shell.nav.people': 'Residents',
  'shell.nav.home': 'Home',
  'shell.signOut': 'Sign out',
  'shell.signedInAs': 'Signed in as',

  'userRole.WORKER': 'community worker',
  'userRole.CORPORATION': 'housing corporation',
  'userRole.ANALYST': 'analyst',
  'userRole.ADMIN': 'administrator',

  'placeLevel.STREET': 'street',
  'placeLevel.NEIGHBOURHOOD': 'neighbourhood',
  'placeLevel.DISTRICT': 'district',
  'placeLevel.VILLAGE': 'village',
  'placeLevel.MUNICIPALITY': 'municipality',

  'personRole.CONNECTOR': 'connector',
  'personRole.KEY_FIGURE': 'key figure',
  'personRole.INITIATOR': 'initiator',
  'personRole.VOLUNTEER': 'volunteer',

  'people.heading': 'Residents',
  'people.filters': 'Filters',
  'people.place': 'Place',
  'people.allPlaces': 'All places',
  'people.placesFailed': 'Places could not be loaded; you see residents of all your places.',
  'people.search': 'Search by name',
  'people.total.one': '1 resident',
  'people.total.other': '{count} residents',
  'people.range': '{from}–{to} of {total}',
  'people.column.name': 'Name',
  'people.column.street': 'Street',
  'people.column.roles': 'Roles today',
  'people.column.watchList': 'Attention',
  'people.watchList': 'watch list',
  'people.watchListLabel': 'On the watch list',
  'people.noRoles': 'none',
  'people.loading': 'Loading residents…',
  'people.empty': 'No residents here yet — import a CSV file or add someone.',
  'people.emptySearch': 'Nobody found with “{search}” in their name.',
  'people.pagination': 'Pages',
  'people.previous': 'Previous',
  'people.next': 'Next',
  'people.retry': 'Try again',

  'home.welcome': 'Welcome, {name}',
  'home.WORKER': 'Under Residents you find the people in the places assigned to you.',
  'home.CORPORATION':
    'A later release brings the dashboard of your places here: how healthy the network in your neighbourhoods and streets is. You will see totals only, never names or single residents, and a group of fewer than 10 residents is not shown.',
  'home.ANALYST':
    'You work with the pseudonymised GraphQL API: the network and its figures, without names, contact details or notes. Send your access token as Authorization: Bearer.',
  'home.ADMIN':
    "You manage your organisation's users and places through the GraphQL API. As an administrator you do not see residents' data.",
  'home.endpoint': 'GraphQL address',

  'error.UNAUTHENTICATED': 'You are not signed in (any more).',
  'error.FORBIDDEN': 'You do not have access to this data.',
  'error.BAD_USER_INPUT': 'The input is not valid.',
  'error.NOT_FOUND': 'Not found.',
  'error.CONFLICT': 'This conflicts with existing data.',
  'error.INTERNAL_SERVER_ERROR': 'Something went wrong on the server. Please try again later.',
  'error.NETWORK_ERROR': 'The Weefsel server cannot be reached. Check your connection and try again.',
};
