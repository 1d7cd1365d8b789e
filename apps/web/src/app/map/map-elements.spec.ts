import { mapNodeSize, mapTieWidth } from '@weefsel/domain';
import { colourNetwork, NO_GROUP_COLOUR, PALETTE } from './map-colours';
import { buildElements, EDGE_LOOK, type MapEdgeData, type MapNodeData, nodeVisual, proposedTies } from './map-elements';
import { FIXTURE_SUGGESTIONS, fixtureNetwork, person } from './network-fixture';

const PLACE_NAMES = new Map([
  ['s1', 'Lindenlaan'],
  ['s2', 'Kerkpad'],
]);

function build(by: 'community' | 'street' | 'collective' = 'community', withSuggestions = false) {
  const network = fixtureNetwork();
  const colouring = colourNetwork(network, by, PLACE_NAMES);
  const proposed = withSuggestions ? proposedTies(network, FIXTURE_SUGGESTIONS) : [];
  const elements = buildElements(network, colouring, proposed);
  const node = (id: string): MapNodeData => {
    const found = elements.nodes.find((n) => n.data.id === id);
    if (!found) throw new Error(`no node ${id}`);
    return found.data;
  };
  const edge = (id: string): MapEdgeData => {
    const found = elements.edges.find((e) => e.data.id === id);
    if (!found) throw new Error(`no edge ${id}`);
    return found.data;
  };
  return { elements, node, edge, colouring };
}

describe('map elements', () => {
  it('tells residents, connectors (CONNECTOR or KEY_FIGURE), collectives and initiatives apart', () => {
    expect(nodeVisual(person('a'))).toBe('resident');
    expect(nodeVisual(person('a', { roles: ['VOLUNTEER', 'INITIATOR'] }))).toBe('resident');
    expect(nodeVisual(person('a', { roles: ['CONNECTOR'] }))).toBe('connector');
    expect(nodeVisual(person('a', { roles: ['KEY_FIGURE'] }))).toBe('connector');
    expect(nodeVisual({ kind: 'COLLECTIVE', roles: ['APP_GROUP'] })).toBe('collective');
    expect(nodeVisual({ kind: 'INITIATIVE', roles: ['ATTENTION'] })).toBe('initiative');
  });

  it('gives each kind its own shape and colour', () => {
    const { node } = build();
    expect(node('p1')).toMatchObject({ visual: 'resident', shape: 'ellipse', border: '#ffffff', borderWidth: 1 });
    expect(node('p2')).toMatchObject({ visual: 'connector', shape: 'star', border: '#8a5a00', borderWidth: 2.5 });
    expect(node('p3')).toMatchObject({ visual: 'connector', shape: 'star' });
    expect(node('c1')).toMatchObject({ visual: 'collective', shape: 'round-hexagon', fill: '#334155' });
    expect(node('i1')).toMatchObject({ visual: 'initiative', shape: 'round-diamond', fill: '#9d174d' });
    expect(new Set([node('p1').shape, node('p2').shape, node('c1').shape, node('i1').shape]).size).toBe(4);
  });

  it('fills residents and connectors with the colour of their group', () => {
    // community 0 (Anna, Bram) and community 1 (Cees, Dirk, Fien): 1 is larger, so it gets the first colour
    const byCommunity = build('community');
    expect(byCommunity.node('p3').fill).toBe(PALETTE[0]);
    expect(byCommunity.node('p4').fill).toBe(PALETTE[0]);
    expect(byCommunity.node('p1').fill).toBe(PALETTE[1]);
    expect(byCommunity.node('p2').fill).toBe(PALETTE[1]);
    expect(byCommunity.node('p5').fill).toBe(NO_GROUP_COLOUR);

    // streets in Dutch alphabetical order: Kerkpad (s2) first, Lindenlaan (s1) second
    const byStreet = build('street');
    expect(byStreet.node('p5').fill).toBe(PALETTE[0]);
    expect(byStreet.node('p1').fill).toBe(PALETTE[1]);
  });

  it('outlines a collective in its group colour when colouring by collective', () => {
    const { node } = build('collective');
    // Bewonerscommissie (c2) sorts before Buurtapp Lindenlaan (c1)
    expect(node('c2')).toMatchObject({ border: PALETTE[0], borderWidth: 4, fill: '#334155' });
    expect(node('c1')).toMatchObject({ border: PALETTE[1], borderWidth: 4 });
    expect(node('p1').fill).toBe(PALETTE[1]); // Anna: Buurtapp only
    expect(node('i1')).toMatchObject({ border: '#ffffff', borderWidth: 1.5 });
  });

  it('sizes nodes and ties with the geometry the API lays the map out with (libs/domain map-geometry)', () => {
    const network = fixtureNetwork();
    const { node, edge } = build();
    const sizes = network.nodes.map((n) => node(n.id).size);
    expect(sizes).toEqual(network.nodes.map((n) => mapNodeSize(n)));
    expect(node('c1').size).toBe(34);
    expect(node('i1').size).toBe(32);
    expect(edge('t1').width).toBe(mapTieWidth(4));
  });

  it('draws strong ties solid, weak ties dashed, memberships and participations dotted', () => {
    const { edge } = build();
    expect(edge('t1')).toMatchObject({ visual: 'tie', lineStyle: 'solid', width: 3.7, source: 'p1', target: 'p2' });
    expect(edge('t3')).toMatchObject({ visual: 'tie', lineStyle: 'solid', width: 4.5 });
    expect(edge('t2')).toMatchObject({ visual: 'weakTie', lineStyle: 'dashed', width: 2.1 });
    expect(edge('t4')).toMatchObject({ visual: 'weakTie', lineStyle: 'dashed', width: 1.3 });
    expect(edge('m1')).toMatchObject({
      visual: 'membership',
      lineStyle: 'dotted',
      width: 1,
      colour: EDGE_LOOK.membership.colour,
    });
    expect(edge('q1')).toMatchObject({
      visual: 'participation',
      lineStyle: 'dotted',
      colour: EDGE_LOOK.participation.colour,
    });
  });

  it('follows the API on which ties are weak, not its own guess', () => {
    const network = fixtureNetwork();
    network.edges[0] = { ...network.edges[0], strength: 2, weak: false };
    const elements = buildElements(network, colourNetwork(network, 'community', PLACE_NAMES));
    expect(elements.edges[0].data).toMatchObject({ lineStyle: 'solid', width: 2.1 });
  });

  it('leaves out an edge whose end is not on the map', () => {
    const network = fixtureNetwork();
    network.edges.push({ ...network.edges[0], id: 'tx', target: 'nobody' });
    const elements = buildElements(network, colourNetwork(network, 'community', PLACE_NAMES));
    expect(elements.edges.map((e) => e.data.id)).not.toContain('tx');
    expect(elements.nodes).toHaveLength(9);
    expect(elements.edges).toHaveLength(11);
  });

  it('turns suggestions into one proposed tie per untied pair of people on the map', () => {
    const network = fixtureNetwork();
    expect(proposedTies(network, FIXTURE_SUGGESTIONS)).toEqual([{ id: 'proposed:p2:p5', source: 'p5', target: 'p2' }]);
    const { edge, elements } = build('community', true);
    expect(elements.edges).toHaveLength(12);
    expect(edge('proposed:p2:p5')).toEqual({
      id: 'proposed:p2:p5',
      source: 'p5',
      target: 'p2',
      visual: 'proposed',
      colour: '#c026d3',
      lineStyle: 'dashed',
      width: 2.5,
    });
  });
});
