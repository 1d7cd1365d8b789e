/**
 * The API access token, as a signal.
 *
 * It is kept in sessionStorage, not localStorage: Weefsel is used on shared computers in community centres,
 * libraries and buurthuizen. sessionStorage belongs to one tab and is gone when the tab or browser closes, so the
 * next person at that computer does not inherit the worker's session — and with it residents' personal data.
 * The price is signing in again in a new tab.
 */
import { DOCUMENT, inject, Injectable, signal } from '@angular/core';

export const TOKEN_STORAGE_KEY = 'weefsel.accessToken';

@Injectable({ providedIn: 'root' })
export class AuthToken {
  private readonly storage = storageOf(inject(DOCUMENT));
  private readonly current = signal<string | null>(this.read());
  private readonly expiredFlag = signal(false);

  readonly value = this.current.asReadonly();
  /** True after the API refused the token, until the next sign-in: the sign-in page says why you are there. */
  readonly expired = this.expiredFlag.asReadonly();

  set(token: string): void {
    this.write(token);
    this.current.set(token);
    this.expiredFlag.set(false);
  }

  clear(): void {
    this.write(null);
    this.current.set(null);
  }

  /** Drops `token` because the API refused it; a newer token (a sign-in in the meantime) is left alone. */
  expire(token: string): void {
    if (this.current() !== token) return;
    this.clear();
    this.expiredFlag.set(true);
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(TOKEN_STORAGE_KEY) || null;
    } catch {
      return null;
    }
  }

  private write(token: string | null): void {
    try {
      if (token === null) this.storage?.removeItem(TOKEN_STORAGE_KEY);
      else this.storage?.setItem(TOKEN_STORAGE_KEY, token);
    } catch {
      // storage disabled: the token then lives in memory only, which is the safe direction
    }
  }
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null;
  }
}
