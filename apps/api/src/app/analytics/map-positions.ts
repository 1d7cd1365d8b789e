/**
 * The map's positions for a network payload: libs/graph's networkLayout (fcose; ForceAtlas2 above 1,000 linked
 * nodes) with the node sizes and tie widths the web draws (libs/domain map-geometry), so what is laid out here
 * is what the browser shows. Computed once per (scope, data version, place, date, viewer kind) — see AnalyticsService.
 */
import { mapNodeSize, mapTieWidth } from '@weefsel/domain';
import { networkLayout, Positions } from '@weefsel/graph';
import { NetworkEdgeModel, NetworkNodeModel } from './models/network.model';

export type UnplacedNode = Omit<NetworkNodeModel, 'x' | 'y'>;

export function mapPositions(nodes: readonly UnplacedNode[], edges: readonly NetworkEdgeModel[]): Positions {
  return networkLayout(
    nodes.map((node) => ({ id: node.id, label: node.label, size: mapNodeSize(node) })),
    edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      group: edge.kind !== 'TIE',
      width: edge.kind === 'TIE' ? mapTieWidth(edge.strength) : 1,
    })),
  );
}
