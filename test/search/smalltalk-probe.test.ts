import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';

// Issue 18, round 15: a probe of the kind "small talk and declines as LABELLING.md labels them", in wordings of our
// own (none from a labelled set). Jokes are small talk (convention 1); greetings, "what can you do" and "who made
// you" in other words or languages are small talk; looking up the asker's own record or an opening now is declined.

describe('a joke asked for is small talk, whatever it is about', () => {
  it.each([
    ['know any good jokes?'],
    ['hit me with a joke about discharge planning'],
    ['i could use a laugh today'],
    ['share a pun with me'],
    ['make me laugh, bot'],
    ['whats your best nursing joke'],
    ['tell us a joke for the huddle'],
    ['any jokes about social workers?'],
    ['say something funny pls'],
    ['got a riddle for me?'],
    ['any one-liners about care planning?'],
    ['can you tell a utilization review joke'],
    ['I need a good joke for my team meeting tomorrow'],
    ['joke please'],
    ['tell me a knock knock joke'],
    ['got a dad joke for a tired night shift nurse?'],
    ['a joke about case managers pls'],
    ['do you have a funny one about care managers'],
    ['cheer me up with something funny'],
  ])('%s → a joke', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'smalltalk', smalltalk: 'joke' });
  });

  it('one more, after a joke, asks another', () => {
    expect(ask('tell me a joke', 'one more')).toMatchObject({ kind: 'smalltalk', smalltalk: 'joke' });
    expect(ask('know any jokes?', 'haha another')).toMatchObject({ kind: 'smalltalk', smalltalk: 'joke' });
  });

  it('a joke asked in the middle of a thread is a joke, not the thread', () => {
    expect(ask('what do care managers earn', 'lol tell me a joke now')).toMatchObject({ kind: 'smalltalk' });
  });

  it('humour asked of a role, or a joke said of a thing, is still a question', () => {
    expect(ask('do case managers need a sense of humor')).toMatchObject({ kind: 'answer' });
    expect(ask('is the case manager pay a joke?')).toMatchObject({ kind: 'answer', topic: 'salary' });
    expect(ask('what do care managers earn', 'one more')).toMatchObject({ kind: 'answer', topic: 'salary' });
  });
});

describe('greetings and "what can you do" in another language are small talk', () => {
  it.each([
    ['oi, tudo bem?'],
    ['que onda bot'],
    ['qué sabes hacer?'],
    ['en qué me puedes ayudar?'],
    ['comment ça va'],
    ['tudo bem?'],
    ['que haces bot'],
  ])('%s → small talk', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'smalltalk' });
  });

  it('a question in another language about the roles, or about something else, is not', () => {
    expect(ask('qué hace un case manager?')).toMatchObject({ kind: 'answer' });
    expect(ask('¿dónde está la cafetería?')).toMatchObject({ kind: 'declined' });
  });
});

describe('who made the bot, however it is called, is small talk', () => {
  it.each([
    ['who made this app?'],
    ['who programmed this thing'],
    ['which team built this bot?'],
    ["who's behind this bot"],
    ['who maintains this thing, informatics?'],
  ])('%s → small talk', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'smalltalk', smalltalk: 'identity' });
  });

  it('who made something else, or who does something in the roles, is not', () => {
    expect(ask('who built the new hospital wing')).toMatchObject({ kind: 'declined' });
    expect(ask('who supervises case managers')).toMatchObject({ kind: 'answer' });
  });
});

describe("the asker's own record, or an opening now, is a lookup", () => {
  it.each([
    ['can you see whether my NACCM exam registration was received'],
    ['check the status of my CCM renewal'],
    ['are they hiring case managers in the cardiac unit at the moment?'],
    ['is the care management team hiring right now'],
    ['anybody hiring CMs currently on 4 west?'],
  ])('%s → declined', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'declined', topic: null });
  });

  it('the requirements behind such a record are still asked', () => {
    expect(ask('what do I need for my CCM application')).toMatchObject({ kind: 'answer', topic: 'certification' });
    expect(ask('how long does the CCM application take to go through')).toMatchObject({ kind: 'answer' });
  });
});
