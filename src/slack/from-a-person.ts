/** The parts of a message event that tell who wrote it and whether it is an original message. */
export type MessageOrigin = { subtype?: string; bot_id?: string; user?: unknown; edited?: unknown };

/**
 * The bot answers people only: not bots, not itself, not edits or other message subtypes, so it never talks
 * to itself or answers a changed question twice. The listeners and the answer log read a message alike.
 */
export function fromAPerson(event: MessageOrigin, botUserId: string | undefined): boolean {
  return event.subtype === undefined && !event.bot_id && event.user !== botUserId && !('edited' in event);
}
