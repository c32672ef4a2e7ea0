// Compiles the rule language of rules.ts into regular expressions over normalised sentences (" token token … ").
//
//   word        that word                        {class}      any entry of a word class in vocabulary.ts
//   a/b/c       any of these words               (a b/c d)    any of these phrases
//   word*       any word starting with "word"    [a b/c d]    optionally, any of these phrases
//   ..  ...     a gap of up to 3 / up to 7 words ^            the start of the sentence
import { wordClasses } from './vocabulary.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const compiled = new Map<string, string>();

function word(token: string): string {
  if (token.endsWith('*') && token.length > 1) return `${escape(token.slice(0, -1))}[^ ]*`;
  return escape(token);
}

/** Splits at spaces and slashes outside brackets: "a (b c/d) [e f]" → tokens, "b c/d" → alternatives. */
function splitTop(text: string, separator: ' ' | '/'): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === separator && depth === 0) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

const alternatives = (inner: string) => `(?:${splitTop(inner, '/').map(body).join('|')})`;

function piece(token: string): string {
  if (token === '..') return '(?:[^ ]+ ){0,3}';
  if (token === '...') return '(?:[^ ]+ ){0,7}';
  if (/^\[.+\]$/.test(token)) return `${alternatives(token.slice(1, -1))}?`;
  if (/^\(.+\)$/.test(token)) return alternatives(token.slice(1, -1));
  const cls = /^\{([\w-]+)\}$/.exec(token);
  if (cls) return classSource(cls[1]!);
  if (token.includes('/')) return `(?:${token.split('/').map((w) => `${word(w)} `).join('|')})`;
  return `${word(token)} `;
}

const body = (pattern: string) => splitTop(pattern, ' ').map(piece).join('');

/** Regex source for a pattern; each piece carries its own trailing space, so pieces join by concatenation. */
export function sequence(pattern: string): string {
  const trimmed = pattern.trim();
  if (trimmed.startsWith('^ ')) return `^ ${body(trimmed.slice(2))}`;
  return `(?<= )${body(trimmed)}`;
}

function classSource(name: string): string {
  const cached = compiled.get(name);
  if (cached) return cached;
  const entries = wordClasses[name];
  if (!entries) throw new Error(`Unknown word class {${name}} in a tone rule`);
  compiled.set(name, '(?:)'); // guards against a class that refers to itself
  // Longest entries first, so "the person you hired" wins over "the person".
  const sorted = [...entries].sort((a, b) => b.length - a.length);
  const source = `(?:${sorted.map(body).join('|')})`;
  compiled.set(name, source);
  return source;
}

/** One regex matching any of the patterns. */
export function compile(patterns: readonly string[], flags = ''): RegExp {
  return new RegExp(patterns.map((p) => `(?:${sequence(p)})`).join('|'), flags);
}
