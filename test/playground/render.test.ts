import { describe, expect, it } from 'vitest';
import { renderBlocks, renderMessage } from '../../src/playground/render-blocks.ts';
import { mrkdwnToHtml } from '../../src/playground/render-text.ts';

const ATTACKS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];
/** The same attacks as the app sends them: Slack text escapes &, < and >. */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The tags in rendered HTML (text never holds a raw `<`) that are not the renderer's own, or carry a handler. */
const foreignTags = (html: string) =>
  (html.match(/<[^>]*>/g) ?? []).filter(
    (tag) =>
      !/^<\/?(div|span|button|hr|a|code|br)[\s>]/.test(tag) || /\son\w+\s*=/i.test(tag.replace(/"[^"]*"/g, '""')),
  );

describe('Slack mrkdwn as the playground shows it', () => {
  it('draws bold, italic, strike, code, links, emoji and mentions of the bot', () => {
    const html = mrkdwnToHtml(
      '*bold* _italic_ ~gone~ `code` <https://example.com/a?b=1&amp;c=2|a link> :books: <@U0CAREBOT>',
    );
    expect(html).toContain('<span class="slack_bold">bold</span>');
    expect(html).toContain('<span class="slack_italics">italic</span>');
    expect(html).toContain('<span class="slack_strikethrough">gone</span>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain(
      '<a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">a link</a>',
    );
    expect(html).toContain('&#x1F4DA;');
    expect(html).toContain('@career-bot');
  });

  it.each(ATTACKS)('shows %s as text, escaped by the app or not', (attack) => {
    for (const text of [attack, escaped(attack), `*${attack}*`, `<https://x.test|${attack}>`]) {
      expect(foreignTags(mrkdwnToHtml(text))).toEqual([]);
    }
    expect(mrkdwnToHtml(escaped(attack))).toContain(escaped(attack));
  });

  it('the check itself sees injected markup', () => {
    expect(foreignTags('<span class="x">ok</span><img src=x onerror=alert(1)><a href="#" onclick="x">')).toHaveLength(
      2,
    );
  });

  it('makes no link of a javascript: target', () => {
    expect(mrkdwnToHtml('<javascript:alert(1)|click>')).not.toContain('href');
  });
});

describe('Block Kit as the playground draws it', () => {
  const card = [
    { type: 'header', text: { type: 'plain_text', text: 'Licenses & certifications :books:' } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: '*Case manager*' },
      fields: [
        { type: 'mrkdwn', text: '*Case manager*\n• CCMC' },
        { type: 'mrkdwn', text: '*Care manager*\n• NACCM' },
      ],
      accessory: { type: 'button', action_id: 'more', text: { type: 'plain_text', text: 'More' } },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: ':books: Source: *Licenses and certifications*' }] },
    { type: 'divider' },
    {
      type: 'actions',
      elements: [
        { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'Compare' }, style: 'primary' },
        { type: 'button', action_id: 'b', text: { type: 'plain_text', text: 'Remove' }, style: 'danger' },
        { type: 'button', action_id: 'c', text: { type: 'plain_text', text: 'Plain' }, style: '" onclick="x' },
      ],
    },
  ];

  it('draws each block kind, with buttons pointing at their place in the message', () => {
    const html = renderBlocks(card);
    expect(html).toContain(
      '<div class="blk blk-header">Licenses &amp; certifications <span title=":books:">&#x1F4DA;</span></div>',
    );
    expect(html).toContain('<div class="sk-field"><span class="slack_bold">Case manager</span>\n• CCMC</div>');
    expect(html).toContain(
      '<button type="button" class="sk-btn" data-block="1" data-element="accessory">More</button>',
    );
    expect(html).toContain(
      '<div class="blk blk-context"><span><span title=":books:">&#x1F4DA;</span> Source: <span class="slack_bold">Licenses and certifications</span></span></div>',
    );
    expect(html).toContain('<hr class="blk blk-divider">');
    expect(html).toContain('class="sk-btn sk-btn-primary" data-block="4" data-element="0">Compare<');
    expect(html).toContain('class="sk-btn sk-btn-danger" data-block="4" data-element="1">Remove<');
    // A style Slack does not know is dropped, not copied into the markup.
    expect(html).toContain('class="sk-btn" data-block="4" data-element="2">Plain<');
  });

  it.each(ATTACKS)('never turns %s into markup, wherever it sits', (attack) => {
    const blocks = [
      { type: 'header', text: { type: 'plain_text', text: attack } },
      { type: 'section', text: { type: 'plain_text', text: attack }, fields: [{ type: 'mrkdwn', text: attack }] },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: attack },
          { type: 'image', alt_text: attack, image_url: 'x' },
        ],
      },
      { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: attack }, action_id: 'x' }] },
      { type: attack },
    ];
    expect(foreignTags(renderBlocks(blocks))).toEqual([]);
    expect(foreignTags(renderMessage({ text: attack }))).toEqual([]);
  });

  it('shows malformed blocks as a note instead of failing', () => {
    expect(renderBlocks([null, 3, { type: 'rich_text' }, { type: 'section', text: 'not an object' }])).toContain(
      'does not draw “rich_text” blocks',
    );
    expect(renderBlocks('not a list')).toBe('');
  });
});
