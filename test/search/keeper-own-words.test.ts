import { describe, expect, it } from 'vitest';
import { answererWithFixture as withFixture } from '../conversation/evaluate.ts';
import { askIn } from '../support/ask.ts';

// Issue 18, round 14: what a keeper writes for their hospital's role, read from the files alone (docs/matching.md,
// "A keeper's own words, in their own sense").
const coordinator = withFixture('birch-hollow');
const CRC = ['clinical-research-coordinator'];

describe("the hospital's own name", () => {
  const examiner = withFixture('pinecrest');
  it("before a title says whose it is, as 'our' does: no other job's modifier", () => {
    expect(askIn(examiner, "how much do Pinecrest's examiners earn")).toMatchObject({
      topic: 'salary',
      roles: ['forensic-nurse-examiner'],
    });
    expect(askIn(examiner, 'what does a medical examiner earn')).toMatchObject({ kind: 'declined' });
  });

  // Round 16: staff say the name as the publisher writes it ("Pinecrest Community"), though the facts write only
  // "Pinecrest": the words after the name, in the publisher's order, are the name too.
  it('read on past the word the facts write, as the publisher writes the name', () => {
    for (const question of [
      'what do Pinecrest Community examiners earn',
      'what do pinecrest community hospital examiners earn',
    ])
      expect(askIn(examiner, question)).toMatchObject({ topic: 'salary', roles: ['forensic-nurse-examiner'] });
    // Alone, a word of the publisher's name the facts never write is a modifier like any other.
    expect(askIn(examiner, 'what do community examiners earn')).toMatchObject({ kind: 'declined' });
  });

  it('says where the question is asked, not what: a fact that writes it is no answer to it', () => {
    expect(askIn(coordinator, 'how much does a research coordinator make at birch hollow')).toMatchObject({
      topic: 'salary',
      roles: CRC,
    });
  });
});

describe('a credential the role file writes with punctuation inside', () => {
  const prevention = withFixture('cedar-ridge');
  it('is one word in the facts too, in whatever case they write it', () => {
    // The role file writes "a-ipc"; the facts write "a-IPC", which is no capitalised compound of their own.
    for (const question of ['do new hires need the a-ipc?', 'is the AIPC something I have to get'])
      expect(askIn(prevention, question)).toMatchObject({
        topic: 'certification',
        roles: ['infection-preventionist'],
        covered: true,
      });
  });
});

describe("the topic's own name", () => {
  const documentation = withFixture('riverbend');
  it("is asked of the role, not a thing only another role's facts write", () => {
    // The care managers' duties write "administrative duties"; the keeper's role's duties never say "duties".
    expect(askIn(coordinator, 'list the job duties of a study coordinator')).toMatchObject({
      topic: 'duties',
      roles: CRC,
      covered: true,
    });
    expect(askIn(documentation, 'cdi specialist duties?')).toMatchObject({ topic: 'duties', covered: true });
  });
});

describe('an alias with a job word in it', () => {
  const examiner = withFixture('pinecrest');
  it('is also read with the one word the synonyms spell that job with', () => {
    // The role file writes "forensic nurse" and "sane nurse", never "forensic RN".
    expect(askIn(examiner, 'what is the hourly rate for a forensic RN')).toMatchObject({
      topic: 'salary',
      roles: ['forensic-nurse-examiner'],
    });
    expect(askIn(examiner, 'are sane rns on call overnight')).toMatchObject({
      topic: 'work-environment',
      roles: ['forensic-nurse-examiner'],
    });
  });
});

describe("a word of the named role's own name", () => {
  it('names its field, not the topic the lists read it as', () => {
    // "research" is a duties term; with the research coordinator named it is their field.
    expect(askIn(coordinator, 'is there a research differential for crcs?')).toMatchObject({
      topic: 'salary',
      roles: CRC,
    });
    expect(askIn(coordinator, 'what does a research coordinator do')).toMatchObject({ topic: 'duties', roles: CRC });
  });
});

describe("a keeper's credential in a follow-up", () => {
  const prevention = withFixture('cedar-ridge');
  it("moves the thread to what its facts are about when the thread's facts do not name it", () => {
    expect(askIn(coordinator, 'where are the study coordinators based', 'and is the CCRP a must?')).toMatchObject({
      topic: 'certification',
      roles: CRC,
      covered: true,
    });
    expect(
      askIn(prevention, 'what does an infection preventionist do all day', 'do they have to get the CIC'),
    ).toMatchObject({ topic: 'certification', roles: ['infection-preventionist'] });
  });

  it('stays on the thread whose facts name it: what it changes there is asked', () => {
    expect(askIn(prevention, 'what is the pay for an IP', 'and once I hold the CIC?')).toMatchObject({
      topic: 'salary',
      roles: ['infection-preventionist'],
    });
  });
});

describe("a level's digit typed onto a role's short alias", () => {
  it('is the role at that level', () => {
    expect(askIn(coordinator, 'what is the hourly pay for a CRC2')).toMatchObject({ topic: 'salary', roles: CRC });
    expect(askIn(coordinator, 'does a crc1 need a degree')).toMatchObject({ topic: 'education', roles: CRC });
  });
});
