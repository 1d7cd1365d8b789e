/**
 * Routes. /login stands alone; everything else sits in the shell behind `authGuard`. Pages are loaded lazily so
 * the sign-in page — the first thing on a slow phone connection — does not wait for the people list.
 */
import type { Routes } from '@angular/router';
import { authGuard, guestGuard, landingGuard, networkGuard, personalDataGuard } from './auth/auth-guards';
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
