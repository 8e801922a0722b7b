/**
 * Reading the Block Kit messages the app sends, typed: what a test looks at (a header, a block's text, its fields,
 * the buttons) without `any`. The app builds its blocks from @slack/types, so the messages are read as those types;
 * test/blocks/check-message.ts checks that their shape is one Slack accepts.
 */
import type { Button, ContextBlock, KnownBlock } from '@slack/types';

/** A message as Slack gets it: a reply, a posted message, a view. */
export type Card = { text?: string; blocks?: unknown[] };

type BlockOfType<T extends KnownBlock['type']> = Extract<KnownBlock, { type: T }>;

export const blocksOf = (message: Card): KnownBlock[] => (message.blocks ?? []) as KnownBlock[];

export const blockById = (message: Card, id: string): KnownBlock | undefined =>
  blocksOf(message).find((b) => b.block_id === id);

export const blockIds = (message: Card): Array<string | undefined> => blocksOf(message).map((b) => b.block_id);

/** The block with this id, which must be of this type. */
export function blockOf<T extends KnownBlock['type']>(message: Card, id: string, type: T): BlockOfType<T> {
  const block = blockById(message, id);
  if (block?.type !== type) throw new Error(`no ${type} block "${id}" in ${JSON.stringify(blockIds(message))}`);
  return block as BlockOfType<T>;
}

/** A button as the app makes them all (src/blocks/elements.ts): with an action id and a value. */
export type ActionButton = Button & { action_id: string; value: string };

function actionButton(button: Button): ActionButton {
  const { action_id, value } = button;
  if (action_id === undefined || value === undefined)
    throw new Error(`a button without an action id or a value: ${JSON.stringify(button)}`);
  return { ...button, action_id, value };
}

/** Every button in a message, wherever it sits: in an actions block or beside a section's text. */
export const buttonsOf = (message: Card): ActionButton[] =>
  blocksOf(message).flatMap((b) => {
    if (b.type === 'actions') return b.elements.filter((e): e is Button => e.type === 'button').map(actionButton);
    return b.type === 'section' && b.accessory?.type === 'button' ? [actionButton(b.accessory)] : [];
  });

export const buttonLabelled = (message: Card, label: string): ActionButton => {
  const found = buttonsOf(message).find((b) => b.text.text.includes(label));
  if (!found)
    throw new Error(
      `no button "${label}" in ${buttonsOf(message)
        .map((b) => b.text.text)
        .join(', ')}`,
    );
  return found;
};

/** The first button of an actions block. */
export const firstButtonIn = (message: Card, id: string): ActionButton => {
  const element = blockOf(message, id, 'actions').elements[0];
  if (element?.type !== 'button') throw new Error(`block "${id}" does not start with a button`);
  return actionButton(element);
};

/** The texts of a context block's elements (an image has none). */
export const contextTexts = (block: ContextBlock): Array<string | undefined> =>
  block.elements.map((e) => ('text' in e && typeof e.text === 'string' ? e.text : undefined));

/** What a user reads in a block: a header's or a section's text, or a context block's first element. */
export function textOf(message: Card, id: string): string | undefined {
  const block = blockById(message, id);
  if (block?.type === 'header' || block?.type === 'section') return block.text?.text;
  return block?.type === 'context' ? contextTexts(block)[0] : undefined;
}

/** The texts of a section's fields (side by side). */
export const fieldTexts = (message: Card, id: string): string[] =>
  (blockOf(message, id, 'section').fields ?? []).map((f) => f.text);

export const headerOf = (message: Card): string | undefined =>
  blocksOf(message).find((b): b is BlockOfType<'header'> => b.type === 'header')?.text.text;

export const citationOf = (message: Card): string | undefined => {
  const block = blockById(message, 'citation');
  return block?.type === 'context' ? contextTexts(block)[0] : undefined;
};
