import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ErrorCode, UserRole } from '@weefsel/domain';
import { Subject } from 'rxjs';
import { Session } from '../auth/session';
import { GraphqlError } from '../graphql/graphql-error';
import { type CsvFile, ImportApi, type ImportEvent, type ImportReport } from './import-api';
import { ImportPage } from './import-page';

const PLACES_CSV = 'external_id,name,level,parent_external_id\nst-hofje,Hofje,STREET,bu-1\n';
const PEOPLE_CSV = 'external_id;display_name;home_place_external_id\np-1;Anna;st-hofje\np-2;Bram;st-hofje\n';

const OK: ImportReport = {
  ok: true,
  dryRun: true,
  problems: [],
  problemCount: 0,
  counts: [
    { kind: 'places', created: 1, updated: 0, unchanged: 0 },
    { kind: 'people', created: 2, updated: 0, unchanged: 0 },
  ],
};

describe('ImportPage', () => {
  let fixture: ComponentFixture<ImportPage>;
  let calls: { files: readonly CsvFile[]; dryRun: boolean; events: Subject<ImportEvent> }[];
  let role: UserRole;

  beforeEach(() => {
    calls = [];
    role = UserRole.WORKER;
    TestBed.configureTestingModule({
      imports: [ImportPage],
      providers: [
        {
          provide: ImportApi,
          useValue: {
            importCsv: (files: readonly CsvFile[], dryRun: boolean) => {
              const events = new Subject<ImportEvent>();
              calls.push({ files, dryRun, events });
              return events;
            },
          },
        },
        {
          provide: Session,
          useValue: {
            user: signal({
              id: 'u1',
              email: 'a@b.nl',
              displayName: 'Anne',
              get role() {
                return role;
              },
            }),
          },
        },
      ],
    });
  });

  afterEach(() => fixture?.destroy());

  const el = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => el().querySelector(selector)?.textContent?.trim().replace(/\s+/g, ' ') ?? null;
  const button = (name: string) => {
    const found = Array.from(el().querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      (b.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(name),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(ImportPage);
    // focus needs the page in the document
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
  }

  /** Chooses files through the file input, as the browser reports them, and waits until they are read. */
  async function choose(...files: File[]): Promise<void> {
    const input = el().querySelector<HTMLInputElement>('#import-files');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    for (let i = 0; i < 20 && el().querySelectorAll('.files tbody tr').length < files.length; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await fixture.whenStable();
    }
    await fixture.whenStable();
  }

  async function answer(event: ImportEvent): Promise<void> {
    calls.at(-1)?.events.next(event);
    await fixture.whenStable();
  }

  it('shows what it recognised in each chosen file, before anything is sent', async () => {
    await render();
    // nothing to check yet: the actions come with the files
    expect(el().querySelector('.actions')).toBeNull();
    await choose(new File([PLACES_CSV], 'straten.csv'), new File([PEOPLE_CSV], 'mensen.csv'));
    const rows = Array.from(el().querySelectorAll('.files tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('th, td'))
        .slice(0, 3)
        .map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['straten.csv', 'plekken', '1'],
      ['mensen.csv', 'bewoners', '2'],
    ]);
    expect(calls).toHaveLength(0);
    expect(button('Controleren').disabled).toBe(false);
    expect(button('Importeren').disabled).toBe(true);
  });

  it('checks first with a dry run, showing the upload and the check as they happen', async () => {
    await render();
    await choose(new File([PLACES_CSV], 'straten.csv'));
    button('Controleren').click();
    await fixture.whenStable();
    expect(calls.map((c) => c.dryRun)).toEqual([true]);
    expect(calls[0].files).toEqual([{ name: 'straten.csv', content: PLACES_CSV }]);

    await answer({ kind: 'uploading', share: 0.4 });
    expect(text('.progress.big')).toBe('Versturen… 40%');
    expect(el().querySelector<HTMLProgressElement>('.progress.big progress')?.value).toBeCloseTo(0.4);
    await answer({ kind: 'processing' });
    expect(text('.progress.big')).toBe('Controleren, rij voor rij…');
    expect(button('Controleren').disabled).toBe(true);

    await answer({ kind: 'done', report: OK });
    expect(el().querySelector('.progress.big')).toBeNull();
    expect(text('.report h2')).toContain('Er is nog niets geschreven');
    const people = el().querySelectorAll('.counts [data-kind="people"] th, .counts [data-kind="people"] td');
    expect(Array.from(people).map((c) => c.textContent?.trim())).toEqual(['bewoners', '2', '0', '0']);
    expect(button('Importeren').disabled).toBe(false);
  });

  it('imports after a good check, and says so when importing again changed nothing', async () => {
    await render();
    await choose(new File([PLACES_CSV], 'straten.csv'), new File([PEOPLE_CSV], 'mensen.csv'));
    button('Controleren').click();
    await answer({ kind: 'done', report: OK });
    button('Importeren').click();
    await answer({ kind: 'processing' });
    expect(text('.progress.big')).toBe('Controleren en wegschrijven…');
    await answer({ kind: 'done', report: { ...OK, dryRun: false } });
    expect(calls.map((c) => c.dryRun)).toEqual([true, false]);
    expect(text('.report h2')).toBe('Geïmporteerd.');
    expect(text('.report .outcome p')).toBe('3 nieuw, 0 bijgewerkt, 0 ongewijzigd.');
    expect(el().querySelector('.steps [aria-current="step"]')?.textContent?.trim()).toBe('Importeren');

    // the same files once more: every row unchanged
    button('Controleren').click();
    const unchanged = OK.counts.map((c) => ({ ...c, created: 0, unchanged: c.created }));
    await answer({ kind: 'done', report: { ...OK, counts: unchanged } });
    button('Importeren').click();
    await answer({ kind: 'done', report: { ...OK, dryRun: false, counts: unchanged } });
    expect(text('.nothing-changed')).toContain('Er is niets veranderd');
  });

  it('lists every problem by file, line, column and reason, and offers no import', async () => {
    await render();
    await choose(new File([PEOPLE_CSV], 'mensen.csv'));
    button('Controleren').click();
    await answer({
      kind: 'done',
      report: {
        ok: false,
        dryRun: true,
        problemCount: 2,
        counts: [],
        problems: [
          { file: 'mensen.csv', line: 3, column: 'birth_year', reason: '"19x7" is not a whole number.' },
          { file: 'mensen.csv', line: 4, column: null, reason: 'This line has 2 values.' },
        ],
      },
    });
    expect(text('.report h2')).toBe('2 problemen gevonden. Er is niets geschreven.');
    // the report comes into view and reading order: it appears below the files
    expect(document.activeElement?.id).toBe('report-heading');
    const rows = Array.from(el().querySelectorAll('.problems tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('td')).map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['mensen.csv', '3', 'birth_year', '"19x7" is not a whole number.'],
      ['mensen.csv', '4', '—', 'This line has 2 values.'],
    ]);
    expect(button('Importeren').disabled).toBe(true);
  });

  it('forgets the check when the files change', async () => {
    await render();
    await choose(new File([PLACES_CSV], 'straten.csv'));
    button('Controleren').click();
    await answer({ kind: 'done', report: OK });
    el().querySelector<HTMLButtonElement>('[aria-label="Verwijder straten.csv"]')?.click();
    await fixture.whenStable();
    expect(el().querySelector('.report')).toBeNull();
    expect(el().querySelector('.files')).toBeNull();
  });

  it('lets an administrator import places only', async () => {
    role = UserRole.ADMIN;
    await render();
    expect(text('.safe .admin')).toContain('alleen plekken');
    expect(el().querySelectorAll('.kinds li')).toHaveLength(1);
    await choose(new File([PEOPLE_CSV], 'mensen.csv'));
    expect(text('.files [data-kind="people"] .warn')).toContain('alleen plekken');
    expect(button('Controleren').disabled).toBe(true);
  });

  it('explains a refused import in words', async () => {
    await render();
    await choose(new File([PLACES_CSV], 'straten.csv'));
    button('Controleren').click();
    calls[0].events.error(new GraphqlError(ErrorCode.FORBIDDEN, 'no'));
    await fixture.whenStable();
    expect(el().querySelector('[role="alert"]')?.textContent?.trim().length).toBeGreaterThan(10);
    expect(el().querySelector('.progress.big')).toBeNull();
  });
});
