import { SLACK_LIMITS as L } from '../../src/blocks/limits.ts';
import { decodeAnswerRequest, decodeCardRequest, decodeEscalate, decodeFeedback } from '../../src/blocks/values.ts';

type Json = Record<string, unknown>;

/**
 * Every way a message or view can break Slack's Block Kit limits, as a list of problems (empty when fine).
 * Shared by the limits test and the Slack tests, which check what the app really posts.
 */
export function blockKitProblems(
  message: { text?: string; blocks?: unknown[] },
  kind: 'message' | 'home' = 'message',
): string[] {
  const problems: string[] = [];
  const blocks = (message.blocks ?? []) as Json[];
  const max = kind === 'home' ? L.blocksPerHomeView : L.blocksPerMessage;
  const say = (where: string, what: string) => problems.push(`${where}: ${what}`);
  if (kind === 'message' && !(typeof message.text === 'string' && message.text.trim().length > 0))
    say('message', 'no text fallback');
  if (blocks.length === 0) say('message', 'no blocks');
  if (blocks.length > max) say('message', `${blocks.length} blocks > ${max}`);
  const blockIds = new Set<string>();

  const checkText = (where: string, text: unknown, limit: number) => {
    const value = (text as Json | undefined)?.text;
    if (typeof value !== 'string' || value.length === 0) say(where, 'empty text');
    else if (value.length > limit) say(where, `text ${value.length} > ${limit}`);
  };
  const checkButton = (where: string, el: Json, actionIds: Set<string>) => {
    checkText(`${where} button`, el.text, L.buttonText);
    const id = el.action_id as string;
    if (!id || id.length > L.actionId) say(where, `action_id length ${id?.length}`);
    if (actionIds.has(id)) say(where, `duplicate action_id ${id}`);
    actionIds.add(id);
    const value = el.value as string | undefined;
    if (value === undefined || value.length > L.buttonValue) say(where, `value length ${value?.length}`);
    else if (
      [decodeCardRequest, decodeFeedback, decodeEscalate, decodeAnswerRequest].every((decode) => decode(value) === null)
    )
      say(where, `value not decodable: ${value}`);
  };

  blocks.forEach((block, i) => {
    const where = `block ${i} (${block.type}${block.block_id ? ` ${block.block_id}` : ''})`;
    const id = block.block_id as string | undefined;
    if (id !== undefined) {
      if (id.length > L.blockId) say(where, 'block_id too long');
      if (blockIds.has(id)) say(where, 'duplicate block_id');
      blockIds.add(id);
    }
    const actionIds = new Set<string>();
    switch (block.type) {
      case 'header':
        checkText(where, block.text, L.headerText);
        break;
      case 'section': {
        const fields = (block.fields as Json[] | undefined) ?? [];
        if (block.text === undefined && fields.length === 0) say(where, 'neither text nor fields');
        if (block.text !== undefined) checkText(where, block.text, L.sectionText);
        if (fields.length > L.sectionFields) say(where, `${fields.length} fields`);
        for (const [j, f] of fields.entries()) checkText(`${where} field ${j}`, f, L.fieldText);
        if (block.accessory) checkButton(where, block.accessory as Json, actionIds);
        break;
      }
      case 'context': {
        const elements = block.elements as Json[];
        if (elements.length === 0 || elements.length > L.contextElements) say(where, `${elements.length} elements`);
        for (const e of elements) checkText(where, e, L.contextText);
        break;
      }
      case 'actions': {
        const elements = block.elements as Json[];
        if (elements.length === 0 || elements.length > L.actionsElements) say(where, `${elements.length} elements`);
        for (const e of elements) checkButton(where, e, actionIds);
        break;
      }
      case 'divider':
        break;
      default:
        say(where, 'unexpected block type');
    }
  });
  return problems;
}

/** Every text a user reads in a message (not button values, which Slack never renders). */
export function visibleTexts(message: { text?: string; blocks?: unknown[] }): string[] {
  const texts: string[] = message.text ? [message.text] : [];
  const walk = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
    else if (typeof node === 'string' && key === 'text') texts.push(node);
  };
  walk(message.blocks);
  return texts;
}
