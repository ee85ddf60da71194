// Every message written in a contract reads after the field's label ("Display name" + "must be
// at most 120 characters"), so each one starts with a predicate and names no API field; and every
// field a contract declares has a label in words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldLabel, withSubject } from './field-labels.ts';

const dir = import.meta.dirname;
const contractFiles = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

// A message argument: `.min(1, 'is required')`, `message: '…'`, `error: '…'`, `z.email('…')`.
const messagePattern =
  /(?:\.(?:min|max|regex|refine|int|length|email|url|nonempty|positive)\([^'`"()]*,\s*|[,{][ \t]*(?:message|error):\s*|z\.(?:email|iso\.[a-z]+|url|number|string)\()(['`])([^'`]*)\1/g;
const predicate = /^(must|is|are|cannot)\b/;
const camelCase = /\b[a-z]+[A-Z][A-Za-z]*\b/;

describe('contract messages', () => {
  const messages = contractFiles.flatMap((file) =>
    [...readFileSync(path.join(dir, file), 'utf8').matchAll(messagePattern)].map((match) => ({
      file,
      message: match[2]!,
    })),
  );

  it('finds the messages it checks', () => expect(messages.length).toBeGreaterThan(40));

  it.each(messages)('$file: "$message" reads after a label and names no API field', ({ message }) => {
    expect(message).toMatch(predicate);
    expect(message.replace(/\$\{[^}]*\}/g, 'N')).not.toMatch(camelCase);
  });
});

describe('field labels', () => {
  const keys = new Set<string>();
  const collect = (schema: unknown, depth = 0) => {
    if (depth > 6 || !(schema instanceof z.ZodType)) return;
    const def = (schema as unknown as { def?: Record<string, unknown> }).def ?? {};
    if (schema instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(schema.shape)) {
        keys.add(key);
        collect(child, depth + 1);
      }
    }
    for (const inner of [
      def.innerType,
      def.in,
      def.out,
      def.element,
      def.schema,
      ...((def.options as unknown[]) ?? []),
    ])
      collect(inner, depth + 1);
  };

  it('names every field a contract declares in words', async () => {
    for (const file of contractFiles) {
      const module = (await import(path.join(dir, file))) as Record<string, unknown>;
      for (const value of Object.values(module)) collect(value);
    }
    expect(keys.size).toBeGreaterThan(100);
    const unreadable = [...keys].filter(
      (key) => camelCase.test(fieldLabel(key)) || /\b(slug|id)\b/i.test(fieldLabel(key)),
    );
    expect(unreadable).toEqual([]);
  });

  it('puts the label first', () => {
    expect(withSubject('appointmentAt', 'is required to record the appointment')).toBe(
      'Appointment time is required to record the appointment',
    );
    expect(withSubject('redirectToCover', 'Dr. Ben Carter is not away')).toBe(
      'Covering colleague: Dr. Ben Carter is not away',
    );
    expect(withSubject('credentials.0.number', 'must be a single line')).toBe(
      'Credentials (item 1) number must be a single line',
    );
    expect(withSubject('email.referrals', 'must be one of: instant, batched, off')).toBe(
      'Email referrals must be one of: instant, batched, off',
    );
  });
});
