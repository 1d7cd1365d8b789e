/**
 * Route titles are translation keys (`title: 'title.people'`); this strategy shows them in the current language,
 * as "Bewoners · Weefsel", and follows a language switch.
 */
import { effect, inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import type { TranslationKey } from './nl';
import { isTranslationKey, Translator } from './translator';

@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translator = inject(Translator);
  private readonly key = signal<TranslationKey | null>(null);

  constructor() {
    super();
    effect(() => {
      const app = this.translator.t('app.name');
      const key = this.key();
      this.title.setTitle(key ? `${this.translator.t(key)} · ${app}` : app);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const title = this.buildTitle(snapshot);
    this.key.set(title !== undefined && isTranslationKey(title) ? title : null);
  }
}
