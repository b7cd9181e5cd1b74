import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layer rules from STYLE.md: each folder may import only what sits below it.
const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.data/**',
      'test-results/**',
      'graph/store/embedded/target/**',
      'viz/dist/**',
      'bin/**',
      '*.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` table and a derived union.' },
        { selector: 'ExportDefaultDeclaration', message: 'No default exports.' },
      ],
    },
  },
  restrict(['graph/model/**'], [
    { group: ['neo4j-driver', '../extract/*', '../ingest/*', '../store/*', '../cli/*', '../../api/*'], message: 'graph/model imports nothing else of ours.' },
  ]),
  restrict(['graph/extract/**'], [
    { group: ['node:*', 'fs', 'path', 'neo4j-driver', '../store/*', '../ingest/*', '../cli/*'], message: 'graph/extract is pure: no I/O.' },
  ]),
  restrict(['graph/ingest/**'], [
    { group: ['neo4j-driver', '../cli/*', '../../api/*'], message: 'graph/ingest reaches Neo4j only through graph/store.' },
  ]),
  restrict(['graph/cli/**', 'test/**', 'bench/**'], [
    { group: ['neo4j-driver'], message: 'graph/store is the only importer of neo4j-driver.' },
  ]),
  restrict(['api/**'], [
    { group: ['neo4j-driver', '../viz/*'], message: 'The API holds no Cypher: go through graph/store.' },
  ]),
  {
    files: ['viz/**/*.ts', 'test/viz/**/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
