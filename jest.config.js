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
};
