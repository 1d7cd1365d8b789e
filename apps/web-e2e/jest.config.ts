/**
 * Browser tests of the web app: playwright-core drives Debian's Chromium against the built API (dist/apps/api),
 * which serves the built web app (dist/apps/web/browser) on a freshly seeded PGlite database.
 */
export default {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  // one server, one database, one browser at a time: suites run one after another
  maxWorkers: 1,
  // a browser test waits for real rendering; Playwright's own timeouts (support/browser.ts) fire first
  testTimeout: 90000,
};
