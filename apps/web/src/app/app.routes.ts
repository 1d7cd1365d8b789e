/**
 * Routes. /login stands alone; everything else sits in the shell behind `authGuard`. Pages are loaded lazily so
 * the sign-in page — the first thing on a slow phone connection — does not wait for the people list.
 */
import type { Routes } from '@angular/router';
import {
  authGuard,
  guestGuard,
  importGuard,
  landingGuard,
  networkGuard,
  personalDataGuard,
  placeHealthGuard,
} from './auth/auth-guards';
import { Shell } from './shell/shell';

export const appRoutes: Routes = [
  {
    path: 'login',
    title: 'title.login',
    canActivate: [guestGuard],
    loadComponent: () => import('./auth/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', canActivate: [landingGuard], children: [] },
      {
        path: 'people',
        title: 'title.people',
        canActivate: [personalDataGuard],
        loadComponent: () => import('./people/people-page').then((m) => m.PeoplePage),
      },
      {
        path: 'people/:id',
        title: 'person.heading',
        canActivate: [personalDataGuard],
        loadComponent: () => import('./person/person-page').then((m) => m.PersonPage),
      },
      {
        path: 'capture',
        title: 'capture.heading',
        canActivate: [personalDataGuard],
        loadComponent: () => import('./capture/quick-capture-page').then((m) => m.QuickCapturePage),
      },
      {
        path: 'watch-list',
        title: 'watchList.heading',
        canActivate: [personalDataGuard],
        loadComponent: () => import('./watch-list/watch-list-page').then((m) => m.WatchListPage),
      },
      {
        path: 'initiatives',
        title: 'initiatives.heading',
        canActivate: [personalDataGuard],
        loadComponent: () => import('./initiatives/initiatives-board-page').then((m) => m.InitiativesBoardPage),
      },
      {
        path: 'suggestions',
        title: 'suggestions.heading',
        canActivate: [personalDataGuard],
        loadComponent: () => import('./suggestions/suggestions-page').then((m) => m.SuggestionsPage),
      },
      {
        // the charting library comes with this page's chunk
        path: 'dashboard',
        title: 'dashboard.heading',
        canActivate: [placeHealthGuard],
        loadComponent: () => import('./dashboard/place-dashboard-page').then((m) => m.PlaceDashboardPage),
      },
      {
        path: 'import',
        title: 'import.heading',
        canActivate: [importGuard],
        loadComponent: () => import('./import/import-page').then((m) => m.ImportPage),
      },
      {
        // Cytoscape comes with this page's chunk, not with the first download
        path: 'map',
        title: 'title.map',
        canActivate: [networkGuard],
        loadComponent: () => import('./map/map-page').then((m) => m.MapPage),
      },
      {
        path: 'home',
        title: 'title.home',
        loadComponent: () => import('./home/role-home-page').then((m) => m.RoleHomePage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
