import type { ActionsBlock, Button, ContextBlock, HeaderBlock, KnownBlock, SectionBlock } from '@slack/types';
import { SLACK_LIMITS as L } from './limits.ts';
import { clip } from './text.ts';
import { ACTION, encodeValue, type ActionKind, type ButtonValue } from './values.ts';

/** A message as chat.postMessage and response_url take it: the blocks, and the text for notifications. */
export type Message = { text: string; blocks: KnownBlock[] };

// Each builder clips to Slack's limits, so no card can be rejected for a long fact or question.

export const header = (text: string, blockId = 'header'): HeaderBlock => ({
  type: 'header',
  block_id: blockId,
  text: { type: 'plain_text', text: clip(text, L.headerText), emoji: true },
});

export const section = (mrkdwn: string, blockId: string): SectionBlock => ({
  type: 'section',
  block_id: blockId,
  text: { type: 'mrkdwn', text: clip(mrkdwn, L.sectionText) },
});

export const fieldsSection = (fields: readonly string[], blockId: string, text?: string): SectionBlock => ({
  type: 'section',
  block_id: blockId,
  ...(text ? { text: { type: 'mrkdwn' as const, text: clip(text, L.sectionText) } } : {}),
  fields: fields.slice(0, L.sectionFields).map((f) => ({ type: 'mrkdwn' as const, text: clip(f, L.fieldText) })),
});

export const context = (mrkdwn: readonly string[], blockId: string): ContextBlock => ({
  type: 'context',
  block_id: blockId,
  elements: mrkdwn
    .slice(0, L.contextElements)
    .map((text) => ({ type: 'mrkdwn' as const, text: clip(text, L.contextText) })),
});

export const divider = (blockId: string): KnownBlock => ({ type: 'divider', block_id: blockId });

export const actions = (buttons: readonly Button[], blockId: string): ActionsBlock => ({
  type: 'actions',
  block_id: blockId,
  elements: buttons.slice(0, L.actionsElements),
});

export function button(
  kind: ActionKind,
  id: string,
  label: string,
  value: ButtonValue,
  style?: 'primary' | 'danger',
): Button {
  return {
    type: 'button',
    action_id: clip(`${ACTION[kind]}:${id}`, L.actionId),
    text: { type: 'plain_text', text: clip(label, L.buttonText), emoji: true },
    value: encodeValue(value),
    ...(style ? { style } : {}),
  };
}

export const fallback = (lines: readonly string[]): string => clip(lines.filter(Boolean).join('\n'), L.fallbackText);

/** The card as shared to a channel: everyone sees who shared it. User ids are ours to write, not user text. */
export function sharedBy(message: Message, userId: string): Message {
  const who = /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : 'someone';
  return { text: message.text, blocks: [...message.blocks, context([`:mega: Shared by ${who}`], 'shared-by')] };
}
