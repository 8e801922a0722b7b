// The page is a thin Slack client: it shows what the server pushes and reports what the person does.
// All HTML it inserts was rendered (and escaped) on the server; text the person typed is only ever sent as data.
'use strict';

const state = { messages: new Map(), view: 'channel', thread: null, homeHtml: null, prompts: null, modal: null, listening: false };
const $ = (selector, root = document) => root.querySelector(selector);

const titles = { channel: '# hr-careers', experts: '# hr-experts', dm: 'career-bot', home: 'career-bot' };
const CHANNELS = ['channel', 'experts'];

function showView(view) {
  state.view = view;
  for (const name of ['channel', 'experts', 'dm', 'home']) $(`#pane-${name}`).hidden = name !== view;
  $('#title').textContent = titles[view];
  $('#tabs').hidden = CHANNELS.includes(view);
  $('#listen').hidden = view !== 'channel';
  for (const el of document.querySelectorAll('[data-view]')) el.classList.toggle('active', el.dataset.view === view);
  if (CHANNELS.includes(state.thread?.conversation) && state.thread.conversation !== view) closeThread();
  // Slack tells the app each time its Home or Messages tab is opened.
  if (!CHANNELS.includes(view)) post('/api/app-opened', { tab: view === 'home' ? 'home' : 'messages' });
  if (view !== 'home') $(`#pane-${view} textarea`).focus();
}

const isReply = (m) => m.threadTs && m.threadTs !== m.ts;
const AVATARS = { person: 'Y', colleague: 'M', bot: '🩺', slackbot: '💬' };

function messageElement(m) {
  const el = document.createElement('div');
  el.className = `msg${m.ephemeral ? ' ephemeral' : ''}`;
  el.dataset.id = m.id;
  el.dataset.testid = 'message';
  el.setAttribute('data-testid', 'message');
  const replies = [...state.messages.values()].filter((r) => isReply(r) && r.threadTs === m.ts && r.conversation === m.conversation);
  el.innerHTML = `
    ${m.ephemeral ? '<div class="ephemeral-note" data-testid="ephemeral-note">👁 Only visible to you</div>' : ''}
    <div class="msg-row">
      <div class="avatar ${AVATARS[m.author.avatar] ? m.author.avatar : 'person'}" aria-hidden="true">${AVATARS[m.author.avatar] ?? ''}</div>
      <div class="msg-body">
        <div class="meta"><span class="name"></span>${m.author.app ? '<span class="app-badge">APP</span>' : ''}<span class="time"></span></div>
        <div class="content">${m.html}</div>
        ${!isReply(m) && replies.length ? `<button class="replies" data-testid="replies">🩺 ${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}</button>` : ''}
        ${m.ephemeral ? '<button class="dismiss">Dismiss message</button>' : ''}
      </div>
    </div>
    ${
      m.shortcut
        ? `<button class="msg-more" aria-label="More actions" data-testid="message-more">⋯</button>
    <div class="msg-menu" role="menu" hidden data-testid="message-menu"><div class="msg-menu-title">career-bot</div>
      <button class="msg-menu-item" role="menuitem" data-testid="shortcut-answer">Answer with career-bot</button></div>`
        : ''
    }`;
  // Names and times go in as text, never as markup.
  $('.name', el).textContent = m.author.name;
  $('.time', el).textContent = m.time;
  return el;
}

function render() {
  for (const conversation of ['channel', 'experts', 'dm']) {
    const box = $(`#pane-${conversation} .messages`);
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    box.replaceChildren(
      ...[...state.messages.values()].filter((m) => m.conversation === conversation && !isReply(m)).map(messageElement),
    );
    if (atBottom) box.scrollTop = box.scrollHeight;
  }
  const thread = $('#thread');
  thread.hidden = !state.thread;
  if (state.thread) {
    const { conversation, ts } = state.thread;
    const inThread = [...state.messages.values()].filter(
      (m) => m.conversation === conversation && (m.ts === ts || m.threadTs === ts),
    );
    const box = $('.thread-messages', thread);
    box.replaceChildren(...inThread.map(messageElement));
    for (const link of box.querySelectorAll('.replies')) link.remove();
    $('.thread-header .muted', thread).textContent = titles[conversation];
    $('form', thread).dataset.conversation = conversation;
    box.scrollTop = box.scrollHeight;
  }
  $('#pane-home .home').innerHTML = state.homeHtml ?? '<p class="muted">career-bot has not published a Home yet.</p>';
  renderPrompts();
  renderModal();
  $('[data-testid="listen-toggle"]').checked = state.listening;
}

// The app's suggested prompts for its DM, as Slack shows them above the composer. They come as data and go in as
// text: clicking one sends its message, as if typed.
function renderPrompts() {
  const box = $('[data-testid="dm-prompts"]');
  const prompts = state.prompts?.prompts ?? [];
  box.hidden = prompts.length === 0;
  $('.prompts-title', box).textContent = state.prompts?.title ?? '';
  $('.prompt-list', box).replaceChildren(
    ...prompts.map((p) => {
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'prompt';
      chip.dataset.testid = 'prompt';
      chip.setAttribute('data-testid', 'prompt');
      chip.textContent = p.message;
      chip.title = p.title;
      chip.addEventListener('click', () => post('/api/post', { conversation: 'dm', text: p.message }));
      return chip;
    }),
  );
}

// The modal the app opened (views.open): its blocks were rendered on the server; its title and buttons are text.
// Redrawn only when the app sends a new view, so what the person is typing is not lost.
let shownModal = null;
function renderModal() {
  const box = $('#modal');
  box.hidden = !state.modal;
  if (!state.modal || state.modal === shownModal) return;
  shownModal = state.modal;
  $('#modal-title').textContent = state.modal.title;
  $('.modal-body', box).innerHTML = state.modal.html;
  $('.modal-close', box).textContent = state.modal.close;
  const submit = $('.modal-submit', box);
  submit.hidden = !state.modal.submit;
  submit.disabled = false;
  submit.textContent = state.modal.submit ?? '';
  $('.modal-body textarea, .modal-body input', box)?.focus();
}

async function submitModal() {
  const values = {};
  for (const field of document.querySelectorAll('#modal [data-input-block]')) {
    values[field.dataset.inputBlock] = { ...values[field.dataset.inputBlock], [field.dataset.inputAction]: field.value };
  }
  for (const error of document.querySelectorAll('#modal .sk-input-error')) error.textContent = '';
  $('#modal .modal-submit').disabled = true;
  const result = await post('/api/view-submit', { viewId: state.modal.id, values });
  if (result.ok === false) $('#modal .modal-submit').disabled = false;
}

function showModalErrors(errors) {
  for (const [block, text] of Object.entries(errors)) {
    const slot = [...document.querySelectorAll('#modal .sk-input-error')].find((el) => el.dataset.errorFor === block);
    if (slot) slot.textContent = text;
  }
  $('#modal .modal-submit').disabled = false;
}

function closeModal() {
  if (state.modal) post('/api/view-close', { viewId: state.modal.id });
  state.modal = null;
  render();
}

function closeThread() {
  state.thread = null;
  render();
}

function apply(event) {
  if (event.type === 'reset') {
    state.messages = new Map(event.messages.map((m) => [m.id, m]));
    state.homeHtml = event.homeHtml;
    state.prompts = event.prompts ?? null;
    state.modal = event.modal ?? null;
    state.listening = event.listening === true;
  } else if (event.type === 'listening') {
    state.listening = event.on;
  } else if (event.type === 'modal') {
    state.modal = event.modal;
  } else if (event.type === 'modal-errors') {
    return showModalErrors(event.errors);
  } else if (event.type === 'message') {
    state.messages.set(event.message.id, event.message);
  } else if (event.type === 'delete') {
    state.messages.delete(event.id);
  } else if (event.type === 'prompts') {
    state.prompts = event.prompts;
  } else if (event.type === 'home') {
    state.homeHtml = event.html;
  } else if (event.type === 'notice') {
    status(event.text, true);
  }
  render();
}

let statusTimer;
function status(text, isError = false) {
  const el = $('#status');
  el.textContent = text;
  el.classList.toggle('error', isError);
  el.classList.add('shown');
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => el.classList.remove('shown'), isError ? 8000 : 3000);
}

async function post(path, body) {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const result = await response.json().catch(() => ({}));
    if (!response.ok || result.ok === false) status(result.error ?? `The preview server answered ${response.status}.`, true);
    return result;
  } catch {
    status('The preview server is not running: start it again with npm start.', true);
    return { ok: false };
  }
}

function setUpComposer(form) {
  const textarea = $('textarea', form);
  const send = async () => {
    const text = textarea.value;
    if (text.trim() === '') return;
    textarea.value = '';
    const body = { conversation: form.dataset.conversation, text };
    if (form.hasAttribute('data-thread') && state.thread) body.threadTs = state.thread.ts;
    await post('/api/post', body);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      send();
    }
  });
}

document.addEventListener('click', (e) => {
  const target = e.target instanceof Element ? e.target : null;
  if (!target) return;
  const nav = target.closest('[data-view]');
  if (nav) return showView(nav.dataset.view);
  if (target.closest('#modal .modal-submit')) return submitModal();
  if (target.closest('#modal .modal-close, #modal .modal-x')) return closeModal();
  // A message's "⋯": opens its menu (one at a time); the shortcut in it is sent as Slack sends a message action.
  const more = target.closest('.msg-more');
  const open = document.querySelector('.msg.menu-open');
  if (open && (!more || more.closest('.msg') !== open)) {
    open.classList.remove('menu-open');
    $('.msg-menu', open).hidden = true;
  }
  if (more) {
    const message = more.closest('.msg');
    const menu = $('.msg-menu', message);
    menu.hidden = !menu.hidden;
    message.classList.toggle('menu-open', !menu.hidden);
    return;
  }
  const item = target.closest('[data-testid="shortcut-answer"]');
  if (item) return post('/api/shortcut', { messageId: item.closest('.msg').dataset.id });
  const button = target.closest('.sk-btn');
  if (button) {
    const message = button.closest('.msg');
    button.disabled = true;
    setTimeout(() => (button.disabled = false), 1500);
    const element = button.dataset.element === 'accessory' ? 'accessory' : Number(button.dataset.element);
    return post('/api/action', { messageId: message ? message.dataset.id : 'home', block: Number(button.dataset.block), element });
  }
  const replies = target.closest('.replies');
  if (replies) {
    const m = state.messages.get(replies.closest('.msg').dataset.id);
    state.thread = { conversation: m.conversation, ts: m.ts };
    render();
    return $('#thread textarea').focus();
  }
  if (target.closest('.thread .close')) return closeThread();
  const dismiss = target.closest('.dismiss');
  if (dismiss) {
    state.messages.delete(dismiss.closest('.msg').dataset.id);
    render();
  }
});

for (const form of document.querySelectorAll('form.composer')) setUpComposer(form);
$('[data-testid="listen-toggle"]').addEventListener('change', (e) => post('/api/listen', { on: e.target.checked }));

const events = new EventSource('/events');
events.onmessage = (e) => apply(JSON.parse(e.data));
events.onopen = () => document.body.classList.add('connected');
events.onerror = () => document.body.classList.remove('connected');

showView('channel');
