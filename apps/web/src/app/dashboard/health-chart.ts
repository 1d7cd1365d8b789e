/**
 * One chart of the dashboard: chart.js on a canvas (only the pieces registered below travel in the lazy
 * dashboard chunk), a "show as table" text alternative made from the same spec, and a PNG download of the
 * chart on a white background with its title, place and date drawn in, so the picture explains itself in a
 * report or an e-mail.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  type ElementRef,
  inject,
  InjectionToken,
  Injector,
  input,
  viewChild,
} from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  type Plugin,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import { LucideAngularModule, ImageDown } from 'lucide-angular';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { download } from './download';
import { type ChartSpec, plotted } from './health-charts';
import { fileName } from './health-csv';
import { formatFigure, type Locale } from './health-figures';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Title,
  Tooltip,
);

/** What the component needs of a chart; tests replace chart.js (jsdom has no canvas) through CHART_FACTORY. */
export interface ChartHandle {
  /** the chart as a PNG data URL, drawn with `title` above it */
  toPng(title: string[]): string;
  destroy(): void;
}

export type ChartFactory = (canvas: HTMLCanvasElement, config: ChartConfiguration) => ChartHandle;

/** Paints the canvas white under the chart: a PNG with a transparent background is unreadable in dark viewers. */
const whiteBackground: Plugin = {
  id: 'wfWhiteBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

export const CHART_FACTORY = new InjectionToken<ChartFactory>('wf.chartFactory', {
  factory: () => (canvas, config) => {
    const chart = new Chart(canvas, { ...config, plugins: [whiteBackground] });
    return {
      toPng: (title) => {
        const titleOptions = chart.options.plugins?.title;
        if (!titleOptions) return chart.toBase64Image('image/png', 1);
        titleOptions.display = true;
        titleOptions.text = title;
        chart.update('none');
        const png = chart.toBase64Image('image/png', 1);
        titleOptions.display = false;
        chart.update('none');
        return png;
      },
      destroy: () => chart.destroy(),
    };
  },
});

@Component({
  selector: 'wf-health-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LucideAngularModule],
  templateUrl: './health-chart.html',
  styleUrl: './health-chart.css',
})
export class HealthChart {
  private readonly translator = inject(Translator);
  private readonly factory = inject(CHART_FACTORY);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  readonly spec = input.required<ChartSpec>();
  readonly placeName = input.required<string>();
  readonly asOf = input.required<string>();

  protected readonly pngIcon = ImageDown;
  private handle: ChartHandle | null = null;

  private readonly locale = computed<Locale>(() => (this.translator.language() === 'nl' ? 'nl-NL' : 'en-GB'));

  protected readonly headings = computed(() => this.spec().series.map((s) => this.translator.t(s.label)));

  /** The table beside the chart: one row per label, one column per series; withheld cells say so. */
  protected readonly rows = computed(() => {
    const spec = this.spec();
    const withheld = this.translator.t('dashboard.withheld');
    const none = this.translator.t('dashboard.notApplicable');
    return spec.labels.map((label, i) => ({
      label,
      cells: spec.series.map((s) =>
        spec.withheld[i] ? withheld : (formatFigure(s.values[i], s.format, this.locale()) ?? none),
      ),
    }));
  });

  /** A one-sentence summary for the canvas (role="img"): what it shows, from when to when. */
  protected readonly summary = computed(() => {
    const spec = this.spec();
    return this.translator.t('dashboard.chart.summary', {
      title: this.translator.t(spec.title),
      series: this.headings().join(', '),
      from: spec.labels[0] ?? '',
      to: spec.labels[spec.labels.length - 1] ?? '',
    });
  });

  private readonly config = computed((): ChartConfiguration => {
    const spec = this.spec();
    const t = (key: Parameters<Translator['t']>[0]) => this.translator.t(key);
    const percentTick = (value: string | number) => `${value}%`;
    const percentAxis = (axis: 'y' | 'y1') => spec.series.some((s) => s.axis === axis && s.percent);
    const scales: NonNullable<ChartConfiguration['options']>['scales'] = {
      x: { title: { display: true, text: t(spec.xTitle) } },
      y: {
        beginAtZero: true,
        title: { display: true, text: t(spec.yTitle) },
        ticks: percentAxis('y') ? { callback: percentTick } : { precision: spec.kind === 'bar' ? 0 : undefined },
      },
    };
    if (spec.y1Title) {
      scales['y1'] = {
        position: 'right',
        beginAtZero: true,
        grid: { drawOnChartArea: false },
        title: { display: true, text: t(spec.y1Title) },
        ticks: percentAxis('y1') ? { callback: percentTick } : {},
      };
    }
    return {
      type: spec.kind,
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => ({
          label: t(s.label),
          data: s.values.map((v) => plotted(v, s.percent)),
          yAxisID: s.axis,
          borderColor: s.colour,
          backgroundColor: s.colour,
          borderWidth: 2,
          borderDash: spec.kind === 'line' && i > 0 ? [6, 4] : [],
          pointStyle: i === 0 ? 'circle' : 'rectRot',
          pointRadius: 3,
          tension: 0.2,
          spanGaps: false,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: this.locale(),
        interaction: { mode: 'index', intersect: false },
        scales,
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          title: { display: false, text: '', font: { size: 14 } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const s = spec.series[item.datasetIndex];
                const raw = s?.values[item.dataIndex] ?? null;
                const text = formatFigure(raw, s?.format ?? 'decimal', this.locale()) ?? t('dashboard.withheld');
                return `${item.dataset.label ?? ''}: ${text}`;
              },
            },
          },
        },
      },
    } as ChartConfiguration;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.handle?.destroy());
    afterNextRender(() => {
      effect(
        () => {
          const config = this.config();
          this.handle?.destroy();
          this.handle = this.factory(this.canvas().nativeElement, config);
        },
        { injector: this.injector },
      );
    });
  }

  protected savePng(): void {
    if (!this.handle) return;
    const spec = this.spec();
    const png = this.handle.toPng([
      this.translator.t(spec.title),
      `${this.placeName()} · ${this.translator.t('dashboard.chart.pngDate', { date: this.asOf() })}`,
    ]);
    download(this.document, png, fileName(spec.id, this.placeName(), this.asOf(), 'png'));
  }
}
