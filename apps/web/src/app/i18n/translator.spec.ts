import { TestBed } from '@angular/core/testing';
import { interpolate, isTranslationKey, LANGUAGE_STORAGE_KEY, Translator } from './translator';

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{from}–{to} van {total}', { from: 1, to: 50, total: 120 })).toBe('1–50 van 120');
    expect(interpolate('Welkom, {name}', {})).toBe('Welkom, {name}');
  });
});

describe('isTranslationKey', () => {
  it('knows the keys of the dictionary and nothing else', () => {
    expect(isTranslationKey('title.people')).toBe(true);
    expect(isTranslationKey('title.nope')).toBe(false);
    expect(isTranslationKey('toString')).toBe(false);
  });
});

describe('Translator', () => {
  it('speaks Dutch by default', () => {
    const translator = TestBed.inject(Translator);
    expect(translator.language()).toBe('nl');
    expect(translator.t('people.heading')).toBe('Bewoners');
  });

  it('switches to English and back, with parameters', () => {
    const translator = TestBed.inject(Translator);
    translator.toggle();
    expect(translator.t('home.welcome', { name: 'Jan' })).toBe('Welcome, Jan');
    translator.toggle();
    expect(translator.t('home.welcome', { name: 'Jan' })).toBe('Welkom, Jan');
  });

  it('remembers the choice and sets the lang attribute of the page', () => {
    TestBed.inject(Translator).use('en');
    TestBed.tick();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in the language chosen before', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(TestBed.inject(Translator).language()).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(TestBed.inject(Translator).language()).toBe('nl');
  });
});
