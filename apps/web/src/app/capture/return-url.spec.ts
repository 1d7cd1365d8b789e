import { returnLabel, safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps a path of this app, with its query', () => {
    expect(safeReturnUrl('/watch-list?view=plan&visit=a,b')).toBe('/watch-list?view=plan&visit=a,b');
    expect(safeReturnUrl('/people/p1')).toBe('/people/p1');
  });

  it('refuses anything that could lead to another site, and nothing at all', () => {
    for (const url of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', 'people']) {
      expect(safeReturnUrl(url)).toBeNull();
    }
    expect(safeReturnUrl('/a\nb')).toBeNull();
    expect(safeReturnUrl('')).toBeNull();
    expect(safeReturnUrl(null)).toBeNull();
  });
});

describe('returnLabel', () => {
  it('names the visit plan, the watch-list or just "back"', () => {
    expect(returnLabel('/watch-list?place=b1&view=plan&visit=a')).toBe('capture.backToPlan');
    expect(returnLabel('/watch-list?place=b1')).toBe('capture.backToWatchList');
    expect(returnLabel('/watch-list')).toBe('capture.backToWatchList');
    expect(returnLabel('/people/p1?view=plan')).toBe('capture.back');
  });
});
