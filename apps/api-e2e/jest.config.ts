/**
 * GraphQL integration tests over real HTTP against the built API (dist/apps/api), on embedded PGlite or,
 * when DATABASE_URL is set, on a fresh database of that PostgreSQL server.
 */
export default {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  // one server, one database: suites run one after another
  maxWorkers: 1,
  testTimeout: 60000,
};
