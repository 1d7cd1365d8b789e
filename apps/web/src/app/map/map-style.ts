/**
 * The Cytoscape stylesheet. It maps element data (set in map-elements.ts) onto style properties and gives each
 * view class (map-view.ts) its look. The colours of the highlights live here beside the legend's copy of them
 * (HIGHLIGHT_COLOUR), so both stay one source.
 */
import type cytoscape from 'cytoscape';
import type { Highlight } from './map-highlights';

/** Halo (nodes) or line colour (edges) of each highlight; bridging weak ties have their own. */
export const HIGHLIGHT_COLOUR: Readonly<Record<Highlight | 'bridging', string>> = {
  isolated: '#cf222e',
  atRisk: '#f08c00',
  bridges: '#cf222e',
  bridging: '#f08c00',
  articulationPoints: '#0969da',
  hiddenConnectors: '#1a7f37',
  suggestions: '#c026d3',
};
export const SELECTED_COLOUR = '#0f5257';
const DIMMED = '#e4e0d8';

export function mapStylesheet(large: boolean): cytoscape.StylesheetJson {
  const halo = (colour: string) => ({
    'underlay-color': colour,
    'underlay-padding': 7,
    'underlay-opacity': 0.6,
    'underlay-shape': 'ellipse' as const,
  });
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)' as unknown as cytoscape.Css.NodeShape,
        'background-color': 'data(fill)',
        width: 'data(size)',
        height: 'data(size)',
        'border-color': 'data(border)',
        'border-width': 'data(borderWidth)',
        label: large ? '' : 'data(label)',
        'font-family': 'Inter, system-ui, sans-serif',
        'font-size': 10,
        // names appear once zoomed in far enough to read them (at the fitted zoom they would be a grey blur)
        'min-zoomed-font-size': 11,
        color: '#1f2328',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        'text-background-padding': '1px',
      },
    },
    {
      selector: 'node[visual = "collective"], node[visual = "initiative"]',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'font-weight': 600,
        'min-zoomed-font-size': 5,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'z-index': 5,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(colour)',
        'line-style': 'data(lineStyle)' as unknown as 'solid',
        'line-dash-pattern': [6, 4],
        'curve-style': large ? 'haystack' : 'straight',
        opacity: 0.8,
      },
    },
    { selector: 'edge[lineStyle = "dotted"]', style: { 'line-dash-pattern': [1, 3], opacity: 0.7 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.dim', style: { opacity: 0.2, 'text-opacity': 0.5 } },
    // Cytoscape 3.34's WebGL renderer ignores opacity on nodes it draws from its texture atlas (stars, hexagons,
    // diamonds): on a large map a dimmed node is also drawn in a pale colour, which every renderer shows
    ...(large
      ? [
          {
            selector: 'node.dim, node.faded',
            style: { 'background-color': DIMMED, 'border-color': DIMMED, color: '#b8b2a6' },
          },
        ]
      : []),
    { selector: 'edge.dim', style: { opacity: 0.08 } },
    { selector: 'node.hl-hidden-connector', style: halo(HIGHLIGHT_COLOUR.hiddenConnectors) },
    { selector: 'node.hl-articulation', style: halo(HIGHLIGHT_COLOUR.articulationPoints) },
    { selector: 'node.hl-at-risk', style: halo(HIGHLIGHT_COLOUR.atRisk) },
    { selector: 'node.hl-isolated', style: halo(HIGHLIGHT_COLOUR.isolated) },
    {
      selector: 'edge.hl-bridging',
      style: { 'line-color': HIGHLIGHT_COLOUR.bridging, opacity: 1, 'z-index': 8 },
    },
    {
      selector: 'edge.hl-bridge',
      style: { 'line-color': HIGHLIGHT_COLOUR.bridges, width: 5, opacity: 1, 'z-index': 9 },
    },
    {
      selector: 'edge.hl-proposed',
      style: { 'line-dash-pattern': [8, 5], opacity: 1, 'z-index': 9 },
    },
    // outside the ego view: a trace of the whole, without names competing with those inside
    { selector: 'node.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.04 } },
    // inside the ego view the names show a little earlier: there are few of them, and they are the point
    { selector: 'node.in-ego', style: { 'min-zoomed-font-size': 7 } },
    {
      selector: 'node.ego, node.selected',
      style: {
        'border-color': SELECTED_COLOUR,
        'border-width': 4,
        label: 'data(label)',
        'font-size': 12,
        'font-weight': 600,
        'min-zoomed-font-size': 0,
        'z-index': 20,
      },
    },
  ];
}
