// The names people reach the app by in Slack, as manifest.yml declares them: the cards print them, the listeners
// register them, the playground plays them, and test/manifest.test.ts checks the manifest says the same.

/** The slash command. */
export const COMMAND = '/career';

/** The message shortcut's callback id ("Answer with career-bot" in a message's ⋯ menu). */
export const ANSWER_SHORTCUT = 'answer_with_career_bot';
