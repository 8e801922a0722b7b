/**
 * The import rules of the codebase (issue 21), checked by `npm test` (npm run deps):
 * the answering core reads bottom-up with no circle, knows neither Slack nor a database, and the playground and
 * the emulator are reached only from the entry point and the tests. The process runtime and the database know no
 * Slack; inside the Slack adapter, the listeners are reached through their index, by kind, and the transport
 * (http/, web-api/) and the middleware know no listener.
 */
const CORE = '^src/(knowledge|search|conversation|blocks|privacy|records)/';
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Imports go one way: a circle means two modules that cannot be read apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-knows-no-slack-or-database',
      severity: 'error',
      comment: 'The core (knowledge, reading a question, answering, cards) runs without Bolt or a database driver.',
      from: { path: CORE },
      to: {
        path: [
          '^node_modules/(@slack/bolt|better-sqlite3|pg|kysely)/',
          '^src/(slack|storage|runtime|cli|playground|emulator)/',
        ],
      },
    },
    {
      name: 'blocks-know-no-storage',
      severity: 'error',
      comment: 'Cards are pure: an answer in, Block Kit out.',
      from: { path: '^src/blocks/' },
      to: { path: '^src/storage/' },
    },
    {
      name: 'playground-and-emulator-only-from-main',
      severity: 'error',
      comment:
        'The playground and the Slack emulator are for people trying the app and for the tests, never for the app itself.',
      from: { path: '^src/', pathNot: ['^src/main\\.ts$', '^src/(playground|emulator)/'] },
      to: { path: '^src/(playground|emulator)/' },
    },
    {
      name: 'runtime-stands-alone',
      severity: 'error',
      comment:
        'The process runtime (configuration, logs, shutdown) serves main.ts, the playground and the app alike: it knows nothing of them, the core or the database.',
      from: { path: '^src/runtime/' },
      to: { path: '^src/(?!runtime/)[^/]+/' },
    },
    {
      name: 'storage-knows-no-slack',
      severity: 'error',
      comment:
        'The database is a floor below the Slack adapter: it keeps what the app hands it, whichever app that is.',
      from: { path: '^src/storage/' },
      to: { path: '^src/(slack|cli|playground|emulator)/' },
    },
    {
      name: 'listeners-only-through-their-index',
      severity: 'error',
      comment:
        'The app registers the listeners through listeners/index.ts; only their shared dependencies (deps.ts) are read elsewhere.',
      from: { path: '^src/', pathNot: '^src/slack/listeners/' },
      to: { path: '^src/slack/listeners/', pathNot: '^src/slack/listeners/(index|deps)\\.ts$' },
    },
    {
      name: 'listener-kinds-only-through-their-index',
      severity: 'error',
      comment: "Each kind's index.ts registers its listeners: a listener file is reached only from there.",
      from: { path: '^src/', pathNot: '^src/slack/listeners/[^/]+/' },
      to: { path: '^src/slack/listeners/[^/]+/', pathNot: '^src/slack/listeners/[^/]+/index\\.ts$' },
    },
    {
      name: 'listener-kinds-apart',
      severity: 'error',
      comment:
        'A listener shares code with another kind through src/slack/ (conversation, escalation, outcome), not through the other listener.',
      from: { path: '^src/slack/listeners/([^/]+)/' },
      to: { path: '^src/slack/listeners/[^/]+/', pathNot: '^src/slack/listeners/$1/' },
    },
    {
      name: 'transport-and-middleware-know-no-listener',
      severity: 'error',
      comment:
        'The HTTP transport, the Web API client and the middleware carry any request: none knows a listener or the app that wires them together.',
      from: { path: '^src/slack/(http|web-api|middleware)/' },
      to: { path: ['^src/slack/listeners/', '^src/slack/(app|start)\\.ts$'] },
    },
    {
      name: 'web-api-stands-alone',
      severity: 'error',
      comment: 'The Web API client (timeouts, retries) is Slack-side plumbing: it reads nothing else of the app.',
      from: { path: '^src/slack/web-api/' },
      to: { path: '^src/', pathNot: '^src/(slack/web-api|runtime)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
