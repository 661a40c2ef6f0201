/** Jest: ts-jest without type-checking (tsc --noEmit runs once in `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', jsx: 'react-jsx', esModuleInterop: true, target: 'ES2022', resolveJsonModule: true } }],
  },
  reporters: ['default', '<rootDir>/test/reporters/summary-line.js'],
  setupFiles: ['<rootDir>/test/setup.ts'],
  globalSetup: '<rootDir>/test/build-cli.global.js',
  testTimeout: 60000,
  // Every core runs a test file. Jest's default keeps one core for its main thread (one worker on CI's 2 cores), which
  // only collects results; many files wait on a child (Chromium, LibreOffice, the CLI) and leave their core idle.
  maxWorkers: '100%',
};
