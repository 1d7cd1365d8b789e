import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslatePipe } from './translate-pipe';
import { Translator } from './translator';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'people.heading' | t }}</h1>
    <p>{{ 'people.range' | t: { from: 1, to: 50, total: 51 } }}</p>`,
})
class Host {}

describe('TranslatePipe', () => {
  it('translates, fills parameters, and follows a language switch in an OnPush view', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toBe('Bewoners');
    expect(el.querySelector('p')?.textContent).toBe('1–50 van 51');

    TestBed.inject(Translator).use('en');
    await fixture.whenStable();
    expect(el.querySelector('h1')?.textContent).toBe('Residents');
    expect(el.querySelector('p')?.textContent).toBe('1–50 of 51');
  });
});
