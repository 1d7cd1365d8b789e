import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { App } from './app';

@Component({ selector: 'wf-test-page', changeDetection: ChangeDetectionStrategy.OnPush, template: '<p>routed</p>' })
class RoutedPage {}

describe('App', () => {
  it('shows the routed page and nothing else', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: '**', component: RoutedPage }])] });
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/anywhere');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('wf-test-page p')?.textContent).toBe('routed');
    expect(el.children).toHaveLength(2); // <router-outlet> and the page
  });
});
