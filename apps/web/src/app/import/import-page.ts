/**
 * CSV import from the web, in three steps: choose or drop files (each is read in the browser and its kind
 * recognised from the header), check them with a dry run (the API's row-by-row report: file, line, column,
 * reason), then import. Every step shows its progress — reading, sending (upload progress), checking,
 * writing — and the result counts new, updated and unchanged rows per kind, so importing the same files
 * again visibly changes nothing. An administrator may import places only.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { LIMITS, UserRole } from '@weefsel/domain';
import { CircleCheck, FileDown, FileUp, Info, LucideAngularModule, TriangleAlert, X } from 'lucide-angular';
import type { Subscription } from 'rxjs';
import { Session } from '../auth/session';
import { download } from '../dashboard/download';
import { type GraphqlError, toGraphqlError } from '../graphql/graphql-error';
import type { TranslationKey } from '../i18n/nl';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { COLUMNS, EXAMPLES, IMPORT_KINDS, type ImportKind } from './csv-kinds';
import { ImportApi, type ImportReport } from './import-api';
import { type FileProblem, megabytes, readCsvFile, type ReadFile } from './read-csv-file';

interface ChosenFile extends ReadFile {
  id: number;
}

type Phase = 'choose' | 'checked' | 'imported';
type Progress = { step: 'upload'; share: number } | { step: 'validate' } | { step: 'write' };

@Component({
  selector: 'wf-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LucideAngularModule],
  templateUrl: './import-page.html',
  styleUrl: './import-page.css',
})
export class ImportPage {
  private readonly api = inject(ImportApi);
  private readonly session = inject(Session);
  private readonly translator = inject(Translator);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly icons = {
    upload: FileUp,
    info: Info,
    ok: CircleCheck,
    warn: TriangleAlert,
    remove: X,
    example: FileDown,
  };
  protected readonly maxMegabytes = megabytes(LIMITS.importBytesMax).replace(/\.0$/, '');
  protected readonly isAdmin = computed(() => this.session.user()?.role === UserRole.ADMIN);
  /** the kinds this user may import, with their columns, for the format help */
  protected readonly formats = computed(() =>
    IMPORT_KINDS.filter((kind) => !this.isAdmin() || kind === 'places').map((kind) => ({ kind, ...COLUMNS[kind] })),
  );

  protected readonly files = signal<ChosenFile[]>([]);
  protected readonly reading = signal<{ current: number; total: number; share: number } | null>(null);
  protected readonly dragging = signal(false);
  protected readonly phase = signal<Phase>('choose');
  protected readonly progress = signal<Progress | null>(null);
  protected readonly report = signal<ImportReport | null>(null);
  protected readonly error = signal<GraphqlError | null>(null);
  private nextId = 1;
  private running: Subscription | null = null;

  protected readonly busy = computed(() => this.reading() !== null || this.progress() !== null);
  protected readonly rows = computed(() => this.files().reduce((n, f) => n + f.rows, 0));
  protected readonly blocked = computed(() =>
    this.files().some(
      (f) => f.problem?.code === 'tooLarge' || (this.isAdmin() && f.kind !== null && f.kind !== 'places'),
    ),
  );
  protected readonly mayCheck = computed(() => this.files().length > 0 && !this.blocked() && !this.busy());
  protected readonly mayImport = computed(
    () => this.phase() === 'checked' && this.report()?.ok === true && !this.busy() && !this.blocked(),
  );
  protected readonly errorText = computed(() => {
    const error = this.error();
    return error ? this.translator.t(`error.${error.code}`) : null;
  });
  protected readonly progressText = computed(() => {
    const progress = this.progress();
    if (!progress) return null;
    switch (progress.step) {
      case 'upload':
        return this.translator.t('import.progress.upload', { percent: Math.round(progress.share * 100) });
      case 'validate':
        return this.translator.t('import.progress.validate');
      case 'write':
        return this.translator.t('import.progress.write');
    }
  });
  protected readonly uploadShare = computed(() => {
    const progress = this.progress();
    return progress?.step === 'upload' ? Math.max(progress.share, 0.001) : null;
  });
  protected readonly totals = computed(() => {
    const counts = this.report()?.counts ?? [];
    return counts.reduce(
      (sum, c) => ({
        created: sum.created + c.created,
        updated: sum.updated + c.updated,
        unchanged: sum.unchanged + c.unchanged,
      }),
      { created: 0, updated: 0, unchanged: 0 },
    );
  });
  protected readonly problemsTitle = computed(() => {
    const count = this.report()?.problemCount ?? 0;
    return count === 1
      ? this.translator.t('import.checked.problems.one')
      : this.translator.t('import.checked.problems.other', { count });
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  // --- choosing files ------------------------------------------------------------------------------------------
  protected async choose(list: FileList | null | undefined): Promise<void> {
    const chosen = Array.from(list ?? []);
    if (chosen.length === 0 || this.busy()) return;
    this.reset();
    for (const [index, file] of chosen.entries()) {
      this.reading.set({ current: index + 1, total: chosen.length, share: 0 });
      try {
        const read = await readCsvFile(file, (share) =>
          this.reading.set({ current: index + 1, total: chosen.length, share }),
        );
        // a file chosen twice replaces the earlier one: the API would report its rows twice otherwise
        this.files.update((files) => [...files.filter((f) => f.name !== read.name), { ...read, id: this.nextId++ }]);
      } catch {
        this.files.update((files) => [
          ...files,
          {
            name: file.name,
            bytes: file.size,
            content: '',
            kind: null,
            rows: 0,
            problem: { code: 'empty' },
            id: this.nextId++,
          },
        ]);
      }
    }
    this.reading.set(null);
  }

  protected picked(input: HTMLInputElement): void {
    void this.choose(input.files).then(() => (input.value = ''));
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    void this.choose(event.dataTransfer?.files);
  }

  protected remove(id: number): void {
    this.reset();
    this.files.update((files) => files.filter((f) => f.id !== id));
  }

  protected clear(): void {
    this.reset();
    this.files.set([]);
  }

  // --- checking and importing ----------------------------------------------------------------------------------
  protected check(): void {
    this.send(true);
  }

  protected import(): void {
    this.send(false);
  }

  private send(dryRun: boolean): void {
    if (dryRun ? !this.mayCheck() : !this.mayImport()) return;
    this.error.set(null);
    this.progress.set({ step: 'upload', share: 0 });
    const files = this.files().map(({ name, content }) => ({ name, content }));
    this.running?.unsubscribe();
    this.running = this.api.importCsv(files, dryRun).subscribe({
      next: (event) => {
        switch (event.kind) {
          case 'uploading':
            this.progress.set({ step: 'upload', share: event.share });
            break;
          case 'processing':
            this.progress.set({ step: dryRun ? 'validate' : 'write' });
            break;
          case 'done':
            this.progress.set(null);
            this.report.set(event.report);
            this.phase.set(!dryRun && event.report.ok ? 'imported' : 'checked');
            this.showReport();
            break;
        }
      },
      error: (error: unknown) => {
        this.progress.set(null);
        this.error.set(toGraphqlError(error));
      },
    });
  }

  /** Brings the report into view and reading order once it is drawn: it appears below the files. */
  private showReport(): void {
    afterNextRender(() => this.document.getElementById('report-heading')?.focus(), { injector: this.injector });
  }

  private reset(): void {
    this.running?.unsubscribe();
    this.progress.set(null);
    this.report.set(null);
    this.error.set(null);
    this.phase.set('choose');
  }

  // --- words ---------------------------------------------------------------------------------------------------
  protected kindLabel(kind: string | null): string {
    const key = `import.kind.${kind ?? 'unknown'}`;
    return (IMPORT_KINDS as readonly string[]).includes(kind ?? '')
      ? this.translator.t(key as TranslationKey)
      : (kind ?? this.translator.t('import.kind.unknown'));
  }

  protected note(file: ChosenFile): string {
    if (this.isAdmin() && file.kind !== null && file.kind !== 'places') {
      return this.translator.t('import.problem.adminOnlyPlaces');
    }
    return file.problem ? this.problemText(file.problem) : this.translator.t('import.problem.none');
  }

  private problemText(problem: FileProblem): string {
    switch (problem.code) {
      case 'tooLarge':
        return this.translator.t('import.problem.tooLarge', { megabytes: problem.megabytes });
      case 'empty':
        return this.translator.t('import.problem.empty');
      case 'notUtf8':
        return this.translator.t('import.problem.notUtf8');
      case 'unknownHeader':
        return this.translator.t('import.problem.unknownHeader');
      case 'missingColumns':
        return this.translator.t('import.problem.missingColumns', {
          kind: this.kindLabel(problem.closest),
          columns: problem.columns,
        });
      case 'unknownColumns':
        return this.translator.t('import.problem.unknownColumns', { columns: problem.columns });
    }
  }

  protected size(bytes: number): string {
    const locale = this.translator.language() === 'nl' ? 'nl-NL' : 'en-GB';
    const format = (n: number, unit: string) =>
      `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
    if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), 'MB');
    if (bytes >= 1024) return format(bytes / 1024, 'kB');
    return format(bytes, 'B');
  }

  protected downloadExample(kind: ImportKind): void {
    download(this.document, new Blob([`${EXAMPLES[kind]}\r\n`], { type: 'text/csv;charset=utf-8' }), `${kind}.csv`);
  }
}
