/**
 * The legend: every shape, line and colour on the map, drawn from the same constants the map is drawn with
 * (NODE_LOOK, EDGE_LOOK, HIGHLIGHT_COLOUR, the colouring's groups), so it cannot tell a different story.
 */
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TranslationKey } from '../i18n/nl';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import type { ColourBy, ColourGroup } from './map-colours';
import { mapTieWidth } from '@weefsel/domain';
import { EDGE_LOOK, type EdgeVisual, NODE_LOOK, type NodeVisual } from './map-elements';
import { HIGHLIGHT_COLOUR, SELECTED_COLOUR } from './map-style';

/** SVG points of each node shape in a 20×20 box. */
const SHAPE_POINTS: Readonly<Record<NodeVisual, string | null>> = {
  resident: null, // a circle
  connector: '10,1 12.6,7 19,7.4 14,11.6 15.6,18.6 10,14.8 4.4,18.6 6,11.6 1,7.4 7.4,7',
  collective: '5,2 15,2 19.5,10 15,18 5,18 0.5,10',
  initiative: '10,1 19,10 10,19 1,10',
};

const SAMPLE_FILL = '#a0aab4';

interface LineEntry {
  key: TranslationKey;
  colour: string;
  width: number;
  dash: string | null;
}

@Component({
  selector: 'wf-map-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './map-legend.html',
  styleUrl: './map-legend.css',
})
export class MapLegend {
  private readonly translator = inject(Translator);

  readonly colourBy = input.required<ColourBy>();
  readonly groups = input.required<readonly ColourGroup[]>();

  protected readonly shapes = (['resident', 'connector', 'collective', 'initiative'] as const).map((visual) => ({
    visual,
    key: `map.legend.${visual}` as TranslationKey,
    points: SHAPE_POINTS[visual],
    fill: NODE_LOOK[visual].fill || SAMPLE_FILL,
    stroke: visual === 'connector' ? NODE_LOOK.connector.border : 'none',
  }));

  protected readonly lines: LineEntry[] = [
    line('map.legend.strongTie', 'tie', mapTieWidth(5)),
    line('map.legend.tie', 'tie', mapTieWidth(3)),
    line('map.legend.weakTie', 'weakTie', mapTieWidth(2)),
    line('map.legend.membership', 'membership', 1.5),
    line('map.legend.participation', 'participation', 1.5),
    line('map.legend.proposed', 'proposed', 2.5),
    { key: 'map.legend.bridge', colour: HIGHLIGHT_COLOUR.bridges, width: 4, dash: null },
    { key: 'map.legend.bridging', colour: HIGHLIGHT_COLOUR.bridging, width: 2.5, dash: '6 4' },
  ];

  protected readonly halos: { key: TranslationKey; colour: string }[] = [
    { key: 'map.legend.isolated', colour: HIGHLIGHT_COLOUR.isolated },
    { key: 'map.legend.atRisk', colour: HIGHLIGHT_COLOUR.atRisk },
    { key: 'map.legend.articulationPoint', colour: HIGHLIGHT_COLOUR.articulationPoints },
    { key: 'map.legend.hiddenConnector', colour: HIGHLIGHT_COLOUR.hiddenConnectors },
  ];
  protected readonly selectedColour = SELECTED_COLOUR;

  protected readonly colourHeading = computed(() =>
    this.translator.t('map.legend.colours', { by: this.translator.t(`map.colourBy.${this.colourBy()}`).toLowerCase() }),
  );
  protected readonly colourEntries = computed(() =>
    this.groups().map((group) => ({
      key: group.key,
      colour: group.colour,
      count: group.count,
      text: 'text' in group.label ? group.label.text : this.translator.t(group.label.key, group.label.params),
    })),
  );
}

function line(key: TranslationKey, visual: EdgeVisual, width: number): LineEntry {
  const look = EDGE_LOOK[visual];
  const dash = look.lineStyle === 'dashed' ? '6 4' : look.lineStyle === 'dotted' ? '1.5 3' : null;
  return { key, colour: look.colour, width, dash };
}
