/**
 * Block Kit as HTML, close enough to Slack to judge a card. Input is whatever the app sent over the wire,
 * so every field is read defensively: a malformed block shows as a note, never as a crash or raw markup.
 * Interactive elements carry only their position (block index, element index); the server looks the
 * element up in the blocks it stored, so the page never decides what an action says.
 */
import { escapeHtml, mrkdwnToHtml, plainTextToHtml } from './render-text.ts';
import { isObject, list, str, type Json } from './wire.ts';

/** A text composition object (`{type: 'mrkdwn' | 'plain_text', text}`). */
function textObject(value: unknown): string {
  if (!isObject(value)) return '';
  const text = str(value.text);
  return value.type === 'mrkdwn' ? mrkdwnToHtml(text) : plainTextToHtml(text, value.emoji !== false);
}

/** Where an element sits in a message, so a click can be traced back to it. */
export type ElementRef = { block: number; element: number | 'accessory' };

function dataRef(ref: ElementRef): string {
  return `data-block="${ref.block}" data-element="${ref.element}"`;
}

function button(element: Json, ref: ElementRef): string {
  const style = element.style === 'primary' || element.style === 'danger' ? ` sk-btn-${element.style}` : '';
  return `<button type="button" class="sk-btn${style}" ${dataRef(ref)}>${textObject(element.text)}</button>`;
}

function image(element: Json, className: string): string {
  // Images would be fetched from the internet; the preview stays offline and shows what they depict.
  const alt = str(element.alt_text) || 'image';
  return `<span class="${className}" title="${escapeHtml(alt)}">🖼 ${escapeHtml(alt)}</span>`;
}

function element(value: unknown, ref: ElementRef): string {
  if (!isObject(value)) return '';
  switch (value.type) {
    case 'button':
      return button(value, ref);
    case 'image':
      return image(value, 'sk-img');
    case 'overflow':
      return `<span class="sk-overflow" title="More actions">⋮</span>`;
    default: {
      const label = isObject(value.placeholder) ? textObject(value.placeholder) : escapeHtml(str(value.type));
      return `<span class="sk-unsupported">${label}</span>`;
    }
  }
}

const renderers: Record<string, (block: Json, index: number) => string> = {
  header: (b) => `<div class="blk blk-header">${textObject(b.text)}</div>`,
  divider: () => `<hr class="blk blk-divider">`,
  section: (b, i) => {
    const text = b.text ? `<div class="sk-text">${textObject(b.text)}</div>` : '';
    const fields = list(b.fields);
    const grid = fields.length
      ? `<div class="sk-fields">${fields.map((f) => `<div class="sk-field">${textObject(f)}</div>`).join('')}</div>`
      : '';
    const accessory = b.accessory
      ? `<div class="sk-accessory">${element(b.accessory, { block: i, element: 'accessory' })}</div>`
      : '';
    return `<div class="blk blk-section"><div class="sk-body">${text}${grid}</div>${accessory}</div>`;
  },
  context: (b) => {
    const items = list(b.elements).map((e) =>
      isObject(e) && e.type === 'image' ? image(e, 'sk-context-img') : `<span>${textObject(e)}</span>`,
    );
    return `<div class="blk blk-context">${items.join('')}</div>`;
  },
  actions: (b, i) => {
    const items = list(b.elements).map((e, j) => element(e, { block: i, element: j }));
    return `<div class="blk blk-actions">${items.join('')}</div>`;
  },
  image: (b) => `<div class="blk blk-image">${image(b, 'sk-img')}</div>`,
  input: (b) => {
    const field = isObject(b.element) ? b.element : {};
    const max = typeof field.max_length === 'number' ? ` maxlength="${Math.floor(field.max_length)}"` : '';
    const ids = `data-input-block="${escapeHtml(str(b.block_id))}" data-input-action="${escapeHtml(str(field.action_id))}"`;
    const box =
      field.type === 'plain_text_input'
        ? field.multiline === true
          ? `<textarea class="sk-input-box" rows="4" ${ids}${max}></textarea>`
          : `<input class="sk-input-box" type="text" ${ids}${max}>`
        : `<span class="sk-unsupported">${escapeHtml(str(field.type))}</span>`;
    const hint = b.hint ? `<span class="sk-input-hint">${textObject(b.hint)}</span>` : '';
    return `<label class="blk blk-input"><span class="sk-input-label">${textObject(b.label)}</span>${box}${hint}<span class="sk-input-error" data-error-for="${escapeHtml(str(b.block_id))}"></span></label>`;
  },
};

export function renderBlocks(blocks: unknown): string {
  return list(blocks)
    .map((block, index) => {
      if (!isObject(block)) return '';
      const render = renderers[str(block.type)];
      return render
        ? render(block, index)
        : `<div class="blk sk-unsupported">This preview does not draw “${escapeHtml(str(block.type))}” blocks.</div>`;
    })
    .join('');
}

/** A message as Slack shows it: its blocks, or its text when it has none. */
export function renderMessage(message: { text?: unknown; blocks?: unknown; mrkdwn?: unknown }): string {
  if (list(message.blocks).length > 0) return renderBlocks(message.blocks);
  const text = str(message.text);
  return `<div class="blk blk-section"><div class="sk-text">${message.mrkdwn === false ? plainTextToHtml(text) : mrkdwnToHtml(text)}</div></div>`;
}

/** The element a click points at, read back from the stored blocks. */
export function findElement(blocks: unknown, ref: ElementRef): Json | null {
  const block = list(blocks)[ref.block];
  if (!isObject(block)) return null;
  const found = ref.element === 'accessory' ? block.accessory : list(block.elements)[ref.element];
  return isObject(found) ? { ...found, block_id: str(block.block_id) } : null;
}
