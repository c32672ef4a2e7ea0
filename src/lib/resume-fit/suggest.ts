// Where and how a missing qualification could be shown, honestly: name it where it was used and what came of it, add
// the credential with its details, or leave it out and say nothing untrue. Suggestions fit the sections the resume has.

import type { FitItem } from './types.ts';

export function suggestionFor(item: Omit<FitItem, 'suggestion'>, sections: Set<string>): string | undefined {
  if (item.status === 'found') return undefined;
  const name = item.label;
  const skills = sections.has('skills') ? 'your Skills section' : 'a short Skills section';
  if (item.status === 'related' && item.note) {
    return `If you are still working toward ${name}, keep "in progress" and add the date you expect to finish, so it is clear and true.`;
  }
  switch (item.kind) {
    case 'certification':
      return `If you hold ${name}, list it under ${sections.has('certifications') ? 'your Certifications or Licences section' : 'a Certifications or Licences section'} with who issued it and when (and the state or number for a licence). If you are working toward it, say "in progress" with the expected date. If not, don't claim it.`;
    case 'degree':
      return `If you have ${name}, put it under ${sections.has('education') ? 'Education' : 'an Education section'} with the school and year. If the description accepts equivalent experience, make that experience easy to see instead.`;
    case 'experience':
      return `Make each role's start and end (month and year) easy to find. If relevant experience is spread over several jobs, a summary line such as "X years of …" helps, using only numbers your dates support.`;
    case 'language':
      return `If you speak ${name}, add a Languages line with your honest level (for example "conversational" or "fluent").`;
    case 'phrase':
      return `If you have done this, show it in a bullet under the job where you did it: what you did, how, and the result. Use the description's words only where they are true for you; pasting the phrase alone does not help.`;
    default:
      return `If you have experience with ${name}, name it in the bullet for the job where you gained it (what you did and what came of it) and add it to ${skills}. If you don't, leave it out; learning the basics first is better than claiming it.`;
  }
}
