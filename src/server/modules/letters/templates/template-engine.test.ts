import { describe, expect, it } from 'vitest';
import { letterPlaceholders } from '../../../../contracts/letters.ts';
import { fillSubject, fillTemplate, templateProblem, type LetterValues } from './template-engine.ts';

const empty = Object.fromEntries(Object.keys(letterPlaceholders).map((key) => [key, ''])) as LetterValues;
const values = (given: Partial<LetterValues>): LetterValues => ({ ...empty, ...given });

describe('letter templates', () => {
  it('fills placeholders', () => {
    expect(fillTemplate('I am {{myName}} from {{city}}.', values({ myName: 'Maria', city: 'Boston' }))).toBe(
      'I am Maria from Boston.',
    );
  });

  it('drops an optional block when a placeholder inside is empty, keeping the rest of the sentence', () => {
    const template = 'I trained at {{school}}[[, graduating in {{graduationYear}}]].';
    expect(fillTemplate(template, values({ school: 'MTI', graduationYear: '2012' }))).toBe(
      'I trained at MTI, graduating in 2012.',
    );
    expect(fillTemplate(template, values({ school: 'MTI' }))).toBe('I trained at MTI.');
  });

  it('handles nested blocks', () => {
    const template = 'Hello. [[I trained at {{school}}[[ ({{graduationYear}})]].]] Bye.';
    expect(fillTemplate(template, values({ graduationYear: '2012' }))).toBe('Hello. Bye.');
    expect(fillTemplate(template, values({ school: 'MTI' }))).toBe('Hello. I trained at MTI. Bye.');
  });

  it('drops a paragraph whose placeholders are all empty, and keeps static paragraphs', () => {
    const template = 'First.\n\n{{history}} {{hobbies}}\n\nLast.';
    expect(fillTemplate(template, values({}))).toBe('First.\n\nLast.');
    expect(fillTemplate(template, values({ hobbies: 'Running.' }))).toBe('First.\n\nRunning.\n\nLast.');
  });

  it('fills a subject on one line', () => {
    expect(fillSubject('Introducing {{myName}}[[ in {{city}}]]', values({ myName: 'Maria' }))).toBe(
      'Introducing Maria',
    );
  });

  it('names what is wrong with a template', () => {
    expect(templateProblem('Hi {{myName}}')).toBeNull();
    expect(templateProblem('Hi {{nickname}}')).toMatch(/unknown placeholder \{\{nickname\}\}/);
    expect(templateProblem('Hi [[{{myName}}')).toMatch(/never closed/);
    expect(templateProblem('Hi {{myName}}]]')).toMatch(/never opened/);
    expect(templateProblem('Hi {{my name}}')).toMatch(/without its partner/);
  });
});
