import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

// Strict: an unknown element or binding in a template fails the test instead of logging a warning.
setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });

// Each test starts signed out, in Dutch: no token or language choice leaks from one test into the next.
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
