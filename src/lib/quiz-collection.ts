// The quiz, read once per build from src/content/quiz, with links to the guides that exist.
import { getCollection } from 'astro:content';
import { orderedGuides } from './guide-collection';
import { buildQuiz } from './quiz/build';
import type { Quiz } from './quiz/types';

export async function loadQuiz(): Promise<Quiz> {
  const guides = (await orderedGuides()).map((g) => ({ id: g.id, title: g.data.title }));
  return buildQuiz(await getCollection('quiz'), guides);
}
