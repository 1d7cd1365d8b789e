import { en } from './en';
import { nl } from './nl';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('English has exactly the Dutch keys (the type checks missing ones; this catches extra ones)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it.each(Object.keys(nl) as (keyof typeof nl)[])(
    '%s has a text in both languages, with the same placeholders',
    (key) => {
      expect(nl[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
      expect(placeholders(en[key])).toEqual(placeholders(nl[key]));
    },
  );
});
