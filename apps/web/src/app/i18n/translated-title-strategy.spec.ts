import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, TitleStrategy } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslatedTitleStrategy } from './translated-title-strategy';
import { Translator } from './translator';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class Page {}

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'people', title: 'title.people', component: Page },
          { path: 'plain', title: 'not a key', component: Page },
        ]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  it('shows the translated route title with the app name, in the current language', async () => {
    const harness = await RouterTestingHarness.create('/people');
    await harness.fixture.whenStable();
    expect(TestBed.inject(Title).getTitle()).toBe('Bewoners · Weefsel');

    TestBed.inject(Translator).use('en');
    await harness.fixture.whenStable();
    expect(TestBed.inject(Title).getTitle()).toBe('Residents · Weefsel');
  });

  it('falls back to the app name for a title that is not a translation key', async () => {
    const harness = await RouterTestingHarness.create('/plain');
    await harness.fixture.whenStable();
    expect(TestBed.inject(Title).getTitle()).toBe('Weefsel');
  });
});
