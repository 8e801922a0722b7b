import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { RoleId, TopicId } from '../../src/knowledge/schema.ts';

const kb = loadKnowledge();
const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
const source = kb.sources['indeed-case-vs-care-2021']!;
const articleText = source.text!;
const article = squash(articleText);

/** Everything a topic says for a role: its own facts, the shared ones and what it is silent about. */
function said(topic: TopicId, role: RoleId | 'both'): string {
  const entry = kb.topics[topic]!;
  const both = entry.facts.both ?? [];
  const facts = role === 'both' ? both : [...(entry.facts[role] ?? []), ...both];
  const silent = role === 'both' ? '' : (entry.silent[role] ?? '');
  return squash([...facts.map((f) => f.text), silent].join(' ').replace(/[*_~]/g, ''));
}

// Every fact, figure and organisation of the article, where the issue says it must be.
const required: Array<[TopicId, RoleId | 'both', string[]]> = [
  [
    'definition',
    'case-manager',
    ['nurse case manager', 'coordinates the overall care', 'hospital', 'office', 'indirectly'],
  ],
  ['definition', 'care-manager', ['one-on-one', 'care plans', 'private practice', 'direct support']],
  [
    'duties',
    'case-manager',
    [
      'indirect care',
      'insurance companies',
      'care plan and timeline',
      'financial plans',
      'local support systems',
      'emotional support',
      'patient records',
      'filing paperwork',
    ],
  ],
  [
    'duties',
    'care-manager',
    [
      'visiting patients in their home',
      'close relationships',
      'medical appointments',
      'transportation',
      'areas for improvement',
      'legality of patient care plans',
      'administrative duties',
    ],
  ],
  ['education', 'case-manager', ['associate degree in nursing', "bachelor's degree in nursing", 'prefer']],
  [
    'education',
    'care-manager',
    ['associate degree in nursing', 'social work', 'rehabilitation', 'public health', 'psychology', 'counseling'],
  ],
  ['experience', 'case-manager', ['registered nurses', 'up to five years of nursing experience', 'each state']],
  [
    'experience',
    'care-manager',
    [
      'five years of care management experience',
      'three years',
      'internship',
      'supervised',
      'two years',
      'direct care experience',
      'naccm',
    ],
  ],
  [
    'certification',
    'case-manager',
    [
      'commission for case manager certification (ccmc)',
      'american nurses credentialing center (ancc)',
      'current rn license',
      'two years of rn experience',
      'one year minimum case management experience',
      'passing grade',
      'certification exam',
    ],
  ],
  [
    'certification',
    'care-manager',
    [
      'national academy of certified care managers (naccm)',
      'not from the ccmc or ancc',
      "associate, bachelor's or master's degree in a related field",
      'one to two years of supervised care management experience',
      'depending on your degree',
      'additional year of direct contact patient experience',
    ],
  ],
  [
    'work-environment',
    'case-manager',
    [
      'offices within patient care facilities',
      'hospitals',
      'health insurance firms',
      'health maintenance organizations',
      'mental health care facilities',
      'caseworkers',
    ],
  ],
  [
    'work-environment',
    'care-manager',
    ['private homes', 'nursing homes', 'care homes', 'supportive housing', 'wherever their patients are'],
  ],
  ['salary', 'care-manager', ['$58,670 per year', '$69,818 per year', 'registered nurse care managers']],
  ['salary', 'case-manager', ['higher annual pay', 'no salary figure for case managers']],
  [
    'skills',
    'case-manager',
    [
      'clinical skills',
      'team leadership',
      'project management',
      'delegate tasks',
      'network with medical professionals',
    ],
  ],
  [
    'skills',
    'care-manager',
    [
      'bedside manner',
      'positive attitude',
      'teamwork and collaboration',
      'negotiation skills',
      'communication skills',
      'emotional support',
    ],
  ],
  [
    'skills',
    'both',
    [
      'healthcare laws and regulations',
      'health issues and treatments',
      'empathy',
      'organization',
      'effective communication',
    ],
  ],
];

describe('the knowledge base holds every fact of the article', () => {
  it.each(required)('%s for %s', (topic, role, phrases) => {
    const text = said(topic, role);
    const missing = phrases.filter((p) => !text.includes(p));
    expect(missing, `missing from ${topic} / ${role}`).toEqual([]);
  });

  it('never states a salary figure for case managers', () => {
    const caseFacts = kb.topics.salary!.facts['case-manager']!.map((f) => f.text).join(' ');
    expect(caseFacts).not.toMatch(/\$\d/);
    expect(kb.topics.salary!.silent['case-manager']).toMatch(/no salary figure/);
  });

  it('reads the article\'s slip "CMCC" as CCMC', () => {
    expect(said('certification', 'care-manager')).not.toContain('cmcc');
  });
});

describe('every fact traces back to the article', () => {
  const facts = kb.topicOrder.flatMap((topic) =>
    (['case-manager', 'care-manager', 'both'] as const).flatMap((role) =>
      (kb.topics[topic]!.facts[role] ?? []).map((fact, i) => ({
        where: `${topic}.facts.${role}[${i}]`,
        quote: fact.quote!,
      })),
    ),
  );

  it.each(facts)('$where quotes the article verbatim', ({ quote }) => {
    expect(article).toContain(squash(quote));
  });

  it("cites the article's own section headings", () => {
    const headings = kb.topicOrder.map((t) => kb.topics[t]!.section);
    expect(headings).toEqual([
      'What is a case manager? / What is a care manager?',
      'Job duties',
      'Education',
      'Experience',
      'Licenses and certifications',
      'Work environment',
      'Salary',
      'Skills',
    ]);
    for (const heading of [
      'What is a case manager?',
      'What is a care manager?',
      'Job duties',
      'Licenses and certifications',
      'Work environment',
    ]) {
      expect(articleText).toContain(heading);
    }
  });

  it('names the article and its date', () => {
    expect(articleText).toContain(source.title);
    expect(articleText).toContain(source.dateLabel);
  });
});
