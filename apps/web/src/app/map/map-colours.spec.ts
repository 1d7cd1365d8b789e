import { colourNetwork, NO_GROUP_COLOUR, OTHER_GROUP_COLOUR, PALETTE } from './map-colours';
import { fixtureNetwork, group, link, person } from './network-fixture';

const NAMES = new Map([
  ['s1', 'Lindenlaan'],
  ['s2', 'Kerkpad'],
]);

describe('colourNetwork', () => {
  it('by community: the largest community first, no community (no ties) in the "none" colour', () => {
    const { colourOf, groups } = colourNetwork(fixtureNetwork(), 'community', NAMES);
    expect(groups).toEqual([
      { key: 'community:1', colour: PALETTE[0], label: { key: 'map.colour.community', params: { n: 1 } }, count: 3 },
      { key: 'community:0', colour: PALETTE[1], label: { key: 'map.colour.community', params: { n: 2 } }, count: 2 },
      { key: 'community:none', colour: NO_GROUP_COLOUR, label: { key: 'map.colour.noCommunity' }, count: 1 },
    ]);
    expect(colourOf.get('p5')).toBe(NO_GROUP_COLOUR);
    expect(colourOf.has('c1')).toBe(false); // groups keep the colour of their kind
  });

  it('by community: past the palette, the smallest communities share the "other" colour', () => {
    // 14 communities: community k has 20 − k members, so 12 and 13 are the two smallest
    const nodes = Array.from({ length: 14 }, (_, k) =>
      Array.from({ length: 20 - k }, (_, i) => person(`c${k}-${i}`, { community: k })),
    ).flat();
    const { colourOf, groups } = colourNetwork({ nodes, edges: [] }, 'community', NAMES);
    expect(groups).toHaveLength(13);
    expect(groups.slice(0, 12).map((g) => g.colour)).toEqual(PALETTE);
    expect(groups[12]).toEqual({
      key: 'community:other',
      colour: OTHER_GROUP_COLOUR,
      label: { key: 'map.colour.otherCommunities', params: { count: 2 } },
      count: 8 + 7,
    });
    expect(colourOf.get('c0-0')).toBe(PALETTE[0]);
    expect(colourOf.get('c13-0')).toBe(OTHER_GROUP_COLOUR);
  });

  it('by street: streets in Dutch alphabetical order, a street the user cannot see in the "none" colour', () => {
    const network = fixtureNetwork();
    network.nodes.push(person('px', { placeId: 'hidden-street' }));
    const { colourOf, groups } = colourNetwork(network, 'street', NAMES);
    expect(groups).toEqual([
      { key: 'street:s2', colour: PALETTE[0], label: { text: 'Kerkpad' }, count: 3 },
      { key: 'street:s1', colour: PALETTE[1], label: { text: 'Lindenlaan' }, count: 3 },
      { key: 'street:none', colour: NO_GROUP_COLOUR, label: { key: 'map.colour.unknownStreet' }, count: 1 },
    ]);
    expect(colourOf.get('p3')).toBe(PALETTE[0]);
    expect(colourOf.get('p1')).toBe(PALETTE[1]);
    expect(colourOf.get('px')).toBe(NO_GROUP_COLOUR);
  });

  it('by collective: their collective, "several" for two or more, "none" for none', () => {
    const { colourOf, groupColourOf, groups } = colourNetwork(fixtureNetwork(), 'collective', NAMES);
    expect(groupColourOf.get('c2')).toBe(PALETTE[0]); // Bewonerscommissie
    expect(groupColourOf.get('c1')).toBe(PALETTE[1]); // Buurtapp Lindenlaan
    expect(colourOf.get('p1')).toBe(PALETTE[1]);
    expect(colourOf.get('p3')).toBe(PALETTE[0]);
    expect(colourOf.get('p2')).toBe(OTHER_GROUP_COLOUR); // member of both
    expect(colourOf.get('p4')).toBe(NO_GROUP_COLOUR);
    expect(groups).toEqual([
      { key: 'collective:c2', colour: PALETTE[0], label: { text: 'Bewonerscommissie' }, count: 1 },
      { key: 'collective:c1', colour: PALETTE[1], label: { text: 'Buurtapp Lindenlaan' }, count: 1 },
      {
        key: 'collective:several',
        colour: OTHER_GROUP_COLOUR,
        label: { key: 'map.colour.severalCollectives' },
        count: 1,
      },
      { key: 'collective:none', colour: NO_GROUP_COLOUR, label: { key: 'map.colour.noCollective' }, count: 3 },
    ]);
  });

  it('by collective: with more collectives than colours, members of the rest share the "other" colour', () => {
    const collectives = Array.from({ length: 13 }, (_, i) =>
      group(`k${String(i).padStart(2, '0')}`, 'COLLECTIVE', `Groep ${String(i).padStart(2, '0')}`, 'OTHER'),
    );
    const people = collectives.map((_, i) => person(`m${i}`));
    const edges = collectives.map((c, i) => link(`e${i}`, 'MEMBERSHIP', `m${i}`, c.id));
    const { colourOf, groups } = colourNetwork({ nodes: [...people, ...collectives], edges }, 'collective', NAMES);
    expect(colourOf.get('m0')).toBe(PALETTE[0]);
    expect(colourOf.get('m12')).toBe(OTHER_GROUP_COLOUR);
    expect(groups.at(-1)).toEqual({
      key: 'collective:several',
      colour: OTHER_GROUP_COLOUR,
      label: { key: 'map.colour.severalOrOtherCollectives' },
      count: 1,
    });
  });
});
