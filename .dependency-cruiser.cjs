/**
 * The import rules of the codebase (issue 21), checked by `npm test` (npm run deps):
 * the answering core reads bottom-up with no circle, knows neither Slack nor a database, and the playground and
 * the emulator are reached only from the entry point and the tests.
 */
const CORE = '^src/(knowledge|search|conversation|blocks|privacy|records)/';
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Imports go one way: a circle means two modules that cannot be read apart.', from: {}, to: { circular: true } },
    {
      name: 'core-knows-no-slack-or-database',
      severity: 'error',
      comment: 'The core (knowledge, reading a question, answering, cards) runs without Bolt or a database driver.',
      from: { path: CORE },
      to: { path: ['^node_modules/(@slack/bolt|better-sqlite3|pg|kysely)/', '^src/(slack|storage|runtime|http|cli|playground|emulator)/'] },
    },
    { name: 'blocks-know-no-storage', severity: 'error', comment: 'Cards are pure: an answer in, Block Kit out.', from: { path: '^src/blocks/' }, to: { path: '^src/storage/' } },
    {
      name: 'playground-and-emulator-only-from-main',
      severity: 'error',
      comment: 'The playground and the Slack emulator are for people trying the app and for the tests, never for the app itself.',
      from: { path: '^src/', pathNot: ['^src/main\\.ts$', '^src/(playground|emulator)/'] },
      to: { path: '^src/(playground|emulator)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
