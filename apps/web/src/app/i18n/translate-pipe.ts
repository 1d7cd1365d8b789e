/**
 * `{{ 'people.heading' | t }}`. Impure on purpose: the text depends on the language signal, not only on the key,
 * and a pure pipe would keep the old language's text. The lookup is a property read, so running it on every
 * change detection costs nothing worth caching.
 */
import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { TranslationKey } from './nl';
import { Translator, type TranslationParams } from './translator';

@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.translator.t(key, params);
  }
}
