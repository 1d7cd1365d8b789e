/**
 * The one-click highlights of the map: which nodes and edges each one lights up, and how many. The figures are
 * the API's (libs/graph): isolated = no tie valid at the date, at risk = ranked risk score, bridges (Tarjan) and
 * bridging weak ties, articulation points, hidden connectors (brokers not marked as connector), and the gap-filler
 * suggestions as proposed ties. Counts are over the whole network, whatever the filters hide.
 */
import type { Network } from './map-api';
import type { ProposedTie } from './map-elements';

export type Highlight = 'isolated' | 'atRisk' | 'bridges' | 'articulationPoints' | 'hiddenConnectors' | 'suggestions';

export const HIGHLIGHTS: readonly Highlight[] = [
  'isolated',
  'atRisk',
  'bridges',
  'articulationPoints',
  'hiddenConnectors',
  'suggestions',
];

/** The class an element gets for each highlight: the stylesheet gives each its own halo or line colour. */
export const HIGHLIGHT_CLASS: Readonly<Record<Highlight, string>> = {
  isolated: 'hl-isolated',
  atRisk: 'hl-at-risk',
  bridges: 'hl-bridge',
  articulationPoints: 'hl-articulation',
  hiddenConnectors: 'hl-hidden-connector',
  suggestions: 'hl-proposed',
};
/** bridging weak ties share the bridges button but get their own colour */
export const BRIDGING_CLASS = 'hl-bridging';

export interface HighlightMatch {
  /** node id → classes it gets */
  nodes: Map<string, string[]>;
  /** edge id → classes it gets */
  edges: Map<string, string[]>;
}

export interface HighlightCounts {
  isolated: number;
  atRisk: number;
  bridges: number;
  bridging: number;
  articulationPoints: number;
  hiddenConnectors: number;
  suggestions: number;
}

export function highlightCounts(
  network: Pick<Network, 'nodes' | 'edges'>,
  proposed: readonly ProposedTie[],
): HighlightCounts {
  const people = network.nodes.filter((node) => node.kind === 'PERSON');
  const ties = network.edges.filter((edge) => edge.kind === 'TIE');
  return {
    isolated: people.filter((p) => p.isolated === true).length,
    atRisk: people.filter((p) => p.atRisk !== null).length,
    bridges: ties.filter((t) => t.bridge).length,
    bridging: ties.filter((t) => t.bridging).length,
    articulationPoints: people.filter((p) => p.articulationPoint === true).length,
    hiddenConnectors: people.filter((p) => p.hiddenConnector === true).length,
    suggestions: proposed.length,
  };
}

/** The elements lit by the active highlights, each with the classes of every highlight that lights it. */
export function highlightMatches(
  network: Pick<Network, 'nodes' | 'edges'>,
  active: ReadonlySet<Highlight>,
  proposed: readonly ProposedTie[],
): HighlightMatch {
  const nodes = new Map<string, string[]>();
  const edges = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, id: string, cls: string) => {
    const list = map.get(id);
    if (list) {
      if (!list.includes(cls)) list.push(cls);
    } else {
      map.set(id, [cls]);
    }
  };

  for (const node of network.nodes) {
    if (node.kind !== 'PERSON') continue;
    if (active.has('isolated') && node.isolated === true) add(nodes, node.id, HIGHLIGHT_CLASS.isolated);
    if (active.has('atRisk') && node.atRisk !== null) add(nodes, node.id, HIGHLIGHT_CLASS.atRisk);
    if (active.has('articulationPoints') && node.articulationPoint === true) {
      add(nodes, node.id, HIGHLIGHT_CLASS.articulationPoints);
    }
    if (active.has('hiddenConnectors') && node.hiddenConnector === true) {
      add(nodes, node.id, HIGHLIGHT_CLASS.hiddenConnectors);
    }
  }
  if (active.has('bridges')) {
    for (const edge of network.edges) {
      if (edge.kind !== 'TIE' || !(edge.bridge || edge.bridging)) continue;
      add(edges, edge.id, edge.bridge ? HIGHLIGHT_CLASS.bridges : BRIDGING_CLASS);
      // the ends stay lit, so a bridge is seen between the two people it joins
      add(nodes, edge.source, 'hl-end');
      add(nodes, edge.target, 'hl-end');
    }
  }
  if (active.has('suggestions')) {
    for (const tie of proposed) {
      add(edges, tie.id, HIGHLIGHT_CLASS.suggestions);
      add(nodes, tie.source, 'hl-end');
      add(nodes, tie.target, 'hl-end');
    }
  }
  return { nodes, edges };
}
