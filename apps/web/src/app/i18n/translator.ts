/**
 * The current language as a signal, and the lookup of texts in it. Anything that reads `t()` inside a template,
 * computed or effect follows a language switch without a reload.
 */
import { DOCUMENT, effect, inject, Injectable, signal } from '@angular/core';
import { en } from './en';
import { nl, type TranslationKey, type Translations } from './nl';

export type Language = 'nl' | 'en';
export type TranslationParams = Readonly<Record<string, string | number>>;

const DICTIONARIES: Readonly<Record<Language, Translations>> = { nl, en };

/** The language choice is not personal data, so it may outlive the tab (unlike the access token). */
export const LANGUAGE_STORAGE_KEY = 'weefsel.language';

export function isTranslationKey(key: string): key is TranslationKey {
  return Object.prototype.hasOwnProperty.call(nl, key);
}

/** Replaces each {name} with params.name; a placeholder without a value stays visible so it is noticed. */
export function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

@Injectable({ providedIn: 'root' })
export class Translator {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.storedLanguage() ?? 'nl');
  readonly language = this.current.asReadonly();

  constructor() {
    effect(() => {
      const language = this.current();
      this.document.documentElement.lang = language;
      try {
        this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
      } catch {
        // storage may be disabled (private mode, policy); the choice then lasts until reload
      }
    });
  }

  t(key: TranslationKey, params?: TranslationParams): string {
    const text = DICTIONARIES[this.current()][key];
    return params ? interpolate(text, params) : text;
  }

  use(language: Language): void {
    this.current.set(language);
  }

  toggle(): void {
    this.current.update((language) => (language === 'nl' ? 'en' : 'nl'));
  }

  private storedLanguage(): Language | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return stored === 'nl' || stored === 'en' ? stored : null;
    } catch {
      return null;
    }
  }
}
