import { describe, expect, it } from 'vitest';
import { findConcepts, lexicon, sameWord } from '#/lib/resume-fit/find.ts';
import { VOCABULARY } from '#/lib/resume-fit/vocabulary.ts';

const found = (text: string) => findConcepts(text).map((h) => h.conceptId);

describe('the vocabulary', () => {
  it('compiles with unique ids, and every shownBy names an existing concept', () => {
    const { concepts } = lexicon();
    expect(concepts.size).toBe(VOCABULARY.length);
    for (const concept of VOCABULARY)
      for (const id of concept.shownBy) expect(concepts.has(id), `${concept.id} → ${id}`).toBe(true);
  });
});

describe('findConcepts', () => {
  it('matches common variants of a name: JS and JavaScript, Postgres and PostgreSQL, k8s and Kubernetes', () => {
    expect(found('JS, JavaScript, ES6+')).toEqual(['javascript', 'javascript', 'javascript']);
    expect(found('Postgres and PostgreSQL')).toEqual(['postgresql', 'postgresql']);
    expect(found('k8s or Kubernetes')).toEqual(['kubernetes', 'kubernetes']);
  });

  it('matches names in any case, except names that are everyday words (Go, Excel, Epic)', () => {
    expect(found('NODE.JS and typescript')).toEqual(['node-js', 'typescript']);
    expect(found('Written in Go')).toContain('go');
    expect(found('we go there')).not.toContain('go');
    expect(found('excel at teamwork')).not.toContain('excel');
    expect(found('an epic journey')).not.toContain('epic');
  });

  it('finds key phrases in any word order and form: managed projects is project management', () => {
    expect(found('Managed six projects for clients')).toContain('project-management');
    expect(found('Administered medications to 20 patients a shift')).toContain('medication-administration');
    const both = findConcepts('Administered oral and IV medications', undefined, undefined, 'keep').map(
      (h) => h.conceptId,
    );
    expect(both).toEqual(expect.arrayContaining(['medication-administration', 'iv-therapy']));
  });

  it('does not join words across a sentence or line break', () => {
    expect(found('We manage.\nProjects are fun')).not.toContain('project-management');
  });

  it('prefers the longer name where two overlap: Certified Scrum Master is not a master’s degree', () => {
    expect(found('Certified Scrum Master')).toEqual(['certified-scrummaster']);
    expect(found('Forklift certification')).toEqual(['forklift-certification']);
  });

  it('records where each match is, for highlighting', () => {
    const text = 'Built APIs in Node.js';
    const hit = findConcepts(text).find((h) => h.conceptId === 'node-js')!;
    expect(text.slice(hit.start, hit.end)).toBe('Node.js');
  });

  it('treats derived words as the same word only when they are long enough (reconcile, reconciliations; not excel, excellent)', () => {
    expect(sameWord('reconcil', 'reconciliation')).toBe(true);
    expect(sameWord('excel', 'excellent')).toBe(false);
    expect(sameWord('cas', 'case')).toBe(false);
  });
});
