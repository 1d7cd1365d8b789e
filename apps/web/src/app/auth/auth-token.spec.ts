import { TestBed } from '@angular/core/testing';
import { AuthToken, TOKEN_STORAGE_KEY } from './auth-token';

describe('AuthToken', () => {
  it('keeps the token in sessionStorage and never in localStorage (shared computers)', () => {
    TestBed.inject(AuthToken).set('t-1');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('t-1');
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('picks up a token stored earlier in this tab (a reload)', () => {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, 't-2');
    expect(TestBed.inject(AuthToken).value()).toBe('t-2');
  });

  it('clear removes it from memory and storage', () => {
    const token = TestBed.inject(AuthToken);
    token.set('t-3');
    token.clear();
    expect(token.value()).toBeNull();
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(token.expired()).toBe(false);
  });

  it('expire drops only the token that was refused, and says so', () => {
    const token = TestBed.inject(AuthToken);
    token.set('new');
    token.expire('old');
    expect(token.value()).toBe('new');

    token.expire('new');
    expect(token.value()).toBeNull();
    expect(token.expired()).toBe(true);

    token.set('newer');
    expect(token.expired()).toBe(false);
  });
});
