import { proposedTies } from './map-elements';
import { type Highlight, highlightCounts, highlightMatches } from './map-highlights';
import { FIXTURE_SUGGESTIONS, fixtureNetwork } from './network-fixture';

const network = fixtureNetwork();
const proposed = proposedTies(network, FIXTURE_SUGGESTIONS);
const match = (...active: Highlight[]) => highlightMatches(network, new Set(active), proposed);

describe('highlights', () => {
  it('counts each figure over the whole network', () => {
    expect(highlightCounts(network, proposed)).toEqual({
      isolated: 1,
      atRisk: 2,
      bridges: 1,
      bridging: 2,
      articulationPoints: 1,
      hiddenConnectors: 1,
      suggestions: 1,
    });
    expect(highlightCounts(network, []).suggestions).toBe(0);
  });

  it('lights nothing while no highlight is on', () => {
    const { nodes, edges } = match();
    expect(nodes.size).toBe(0);
    expect(edges.size).toBe(0);
  });

  it('isolated: the people with no tie', () => {
    const { nodes, edges } = match('isolated');
    expect([...nodes]).toEqual([['p5', ['hl-isolated']]]);
    expect(edges.size).toBe(0);
  });

  it('at risk: everyone with a risk score, isolated or not', () => {
    expect([...match('atRisk').nodes]).toEqual([
      ['p5', ['hl-at-risk']],
      ['p6', ['hl-at-risk']],
    ]);
  });

  it('isolated and at risk together: a person lit by both carries both classes', () => {
    expect(match('isolated', 'atRisk').nodes.get('p5')).toEqual(['hl-isolated', 'hl-at-risk']);
  });

  it('articulation points and hidden connectors', () => {
    expect([...match('articulationPoints').nodes]).toEqual([['p2', ['hl-articulation']]]);
    expect([...match('hiddenConnectors').nodes]).toEqual([['p4', ['hl-hidden-connector']]]);
  });

  it('bridges: the bridge and the bridging weak ties, each in its own colour, with their ends lit', () => {
    const { nodes, edges } = match('bridges');
    expect([...edges]).toEqual([
      ['t2', ['hl-bridge']],
      ['t4', ['hl-bridging']],
    ]);
    expect([...nodes.keys()].sort()).toEqual(['p2', 'p3', 'p4']);
    expect(nodes.get('p3')).toEqual(['hl-end']);
  });

  it('suggestions: the proposed ties and the two people of each', () => {
    const { nodes, edges } = match('suggestions');
    expect([...edges]).toEqual([['proposed:p2:p5', ['hl-proposed']]]);
    expect([...nodes.keys()].sort()).toEqual(['p2', 'p5']);
  });

  it('never lights a collective or initiative as a person', () => {
    const { nodes } = match('isolated', 'atRisk', 'articulationPoints', 'hiddenConnectors');
    expect([...nodes.keys()].filter((id) => !id.startsWith('p'))).toEqual([]);
  });
});
