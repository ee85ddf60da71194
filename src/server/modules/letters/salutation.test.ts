import { describe, expect, it } from 'vitest';
import { nameParts } from '../../lib/person-name.ts';
import { salutationFor } from './salutation.ts';

describe('salutations', () => {
  it('addresses doctors by their last name, without title or credentials', () => {
    expect(salutationFor('chiropractor', 'Dr. Anika Patel, DC')).toBe('Dear Dr. Patel,');
    expect(salutationFor('physician', 'Helen Ng MD')).toBe('Dear Dr. Ng,');
    expect(salutationFor('dentist', 'Doctor Luis Ortega DDS, MSc')).toBe('Dear Dr. Ortega,');
    expect(salutationFor('naturopath', 'Maria van der Berg ND')).toBe('Dear Dr. van der Berg,');
  });

  it('is on first-name terms with colleagues and chamber members', () => {
    expect(salutationFor('massage-therapist', 'Emma Wilson, RMT')).toBe('Dear Emma,');
    expect(salutationFor('chamber-member', 'Mr. Tom Becker')).toBe('Dear Tom,');
  });

  it('uses the full name for everyone else', () => {
    expect(salutationFor('lawyer', 'Rachel Stein, Esq.')).toBe('Dear Rachel Stein,');
    expect(salutationFor('physiotherapist', 'Sam Okafor PT')).toBe('Dear Sam Okafor,');
  });

  it('tells a surname from a credential by how it is written', () => {
    expect(nameParts('Minh Do').last).toBe('Do');
    expect(nameParts('Jane Smith DO').last).toBe('Smith');
    expect(nameParts('Patel').first).toBe('Patel');
  });
});
