/**
 * The side panel of the map for the chosen person (or collective, or initiative): who they are, their figures in
 * plain words, the ego-network radius, the suggestions that involve them and, for workers, the way to the
 * residents list. The figures are the API's; this panel only formats them.
 */
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TranslationKey } from '../i18n/nl';
import { TranslatePipe } from '../i18n/translate-pipe';
import { isTranslationKey, Translator } from '../i18n/translator';
import type { Network, NetworkNode, Suggestion } from './map-api';
import { nodeVisual } from './map-elements';
import type { EgoRadius } from './map-view';

interface Figure {
  label: TranslationKey;
  hint: TranslationKey;
  value: string;
}

const KIND_LABEL: Readonly<Record<ReturnType<typeof nodeVisual>, TranslationKey>> = {
  resident: 'map.legend.resident',
  connector: 'map.legend.connector',
  collective: 'map.legend.collective',
  initiative: 'map.legend.initiative',
};

@Component({
  selector: 'wf-map-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink],
  templateUrl: './map-details.html',
  styleUrl: './map-details.css',
})
export class MapDetails {
  private readonly translator = inject(Translator);

  readonly node = input.required<NetworkNode>();
  readonly network = input<Network | null>(null);
  readonly placeNames = input<ReadonlyMap<string, string>>(new Map());
  readonly radius = input<EgoRadius>(1);
  readonly suggestions = input<readonly Suggestion[]>([]);
  readonly radiusChange = output<EgoRadius>();
  readonly closed = output<void>();

  protected readonly radii: EgoRadius[] = [1, 2];
  protected readonly isPerson = computed(() => this.node().kind === 'PERSON');
  protected readonly kindText = computed(() => this.translator.t(KIND_LABEL[nodeVisual(this.node())]));
  protected readonly placeText = computed(() => this.placeNames().get(this.node().placeId) ?? '');
  protected readonly pseudonymised = computed(() => this.network()?.pseudonymised ?? true);

  /** a person's roles; a collective's or initiative's kind */
  protected readonly roles = computed(() => {
    const node = this.node();
    const prefix =
      node.kind === 'PERSON' ? 'personRole' : node.kind === 'COLLECTIVE' ? 'collectiveKind' : 'initiativeKind';
    return node.roles.map((role) => {
      const key = `${prefix}.${role}`;
      return isTranslationKey(key) ? this.translator.t(key) : role;
    });
  });

  protected readonly flags = computed(() => {
    const node = this.node();
    const flags: TranslationKey[] = [];
    if (node.isolated) flags.push('map.flag.isolated');
    if (node.atRisk !== null) flags.push('map.flag.atRisk');
    if (node.articulationPoint) flags.push('map.flag.articulationPoint');
    if (node.hiddenConnector) flags.push('map.flag.hiddenConnector');
    if (node.onWatchList) flags.push('map.flag.watchList');
    return flags.map((key) => this.translator.t(key));
  });

  /** members of a collective, participants of an initiative */
  protected readonly memberCount = computed(() => {
    const id = this.node().id;
    return (this.network()?.edges ?? []).filter((edge) => edge.kind !== 'TIE' && edge.target === id).length;
  });

  protected readonly figures = computed<Figure[]>(() => {
    const node = this.node();
    if (node.kind !== 'PERSON') return [];
    const network = this.network();
    const bound = network && !network.betweennessExact ? network.betweennessErrorBound : null;
    const betweenness =
      node.betweenness === null
        ? '–'
        : this.number(node.betweenness, 3) + (bound !== null ? ` ± ${this.number(bound, 3)}` : '');
    return [
      { label: 'map.figure.degree', hint: 'map.figure.degree.hint', value: String(node.degree ?? 0) },
      { label: 'map.figure.betweenness', hint: 'map.figure.betweenness.hint', value: betweenness },
      {
        label: 'map.figure.constraint',
        hint: 'map.figure.constraint.hint',
        value: node.constraint === null ? '–' : this.number(node.constraint, 2),
      },
      {
        label: 'map.figure.clustering',
        hint: 'map.figure.clustering.hint',
        value: node.clustering === null ? '–' : this.number(node.clustering, 2),
      },
      {
        label: 'map.figure.atRisk',
        hint: 'map.figure.atRisk.hint',
        value: node.atRisk === null ? this.translator.t('map.figure.notAtRisk') : this.number(node.atRisk, 0),
      },
    ];
  });

  protected readonly suggestionTexts = computed(() =>
    this.suggestions().map((s) => ({
      id: s.id,
      text: this.translator.language() === 'nl' ? s.explanation.nl : s.explanation.en,
    })),
  );

  private number(value: number, digits: number): string {
    const locale = this.translator.language() === 'nl' ? 'nl-NL' : 'en-GB';
    return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  }
}
