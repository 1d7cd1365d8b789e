#!/usr/bin/python3
"""
The analysts' report (tools/analyze, `--json`) computed with NetworkX, timed, for `npm run bench`.

    /usr/bin/python3 tools/bench/networkx_report.py EDGES.csv NODES.csv [--seed S] [--report OUT.json]

Reads the CSV files exactly as the CLI does (header source,target[,weight] and id; duplicate pairs keep the
maximum weight), computes every figure with NetworkX's defaults (the CLI's defaults match them: betweenness
normalised and in hops, clustering / constraint / effective size unweighted, Louvain and modularity weighted)
and prints ONE JSON object on stdout: versions, the seconds each step took, the totals and the peak RSS.
With --report it also writes the report itself (same keys as the CLI's JSON) so the bench can compare figures.

One run, no repetitions: exact betweenness alone takes NetworkX about a quarter of an hour on 10,000 nodes.
"""
import argparse
import csv
import json
import math
import platform
import resource
import sys
import time

import networkx as nx


def clean(value):
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return None
    return value


def read_graph(edges_path, nodes_path):
    G = nx.Graph()
    with open(nodes_path, newline='', encoding='utf-8-sig') as f:
        for row in csv.DictReader(f):
            G.add_node(row['id'].strip())
    with open(edges_path, newline='', encoding='utf-8-sig') as f:
        reader = csv.DictReader(f)
        weighted = 'weight' in reader.fieldnames
        for row in reader:
            u, v = row['source'].strip(), row['target'].strip()
            w = float(row['weight']) if weighted else 1
            if w == int(w):
                w = int(w)
            if G.has_edge(u, v):
                G[u][v]['weight'] = max(G[u][v]['weight'], w)
            else:
                G.add_edge(u, v, weight=w)
    return G


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('edges')
    parser.add_argument('nodes')
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--report')
    args = parser.parse_args()

    seconds = {}

    def timed(name, compute):
        start = time.perf_counter()
        value = compute()
        seconds[name] = time.perf_counter() - start
        print(f'networkx: {name} {seconds[name]:.2f} s', file=sys.stderr, flush=True)
        return value

    G = timed('read and build', lambda: read_graph(args.edges, args.nodes))
    density = timed('density', lambda: nx.density(G))
    components = timed('components', lambda: [len(c) for c in nx.connected_components(G)])
    isolates = timed('isolates', lambda: sorted(nx.isolates(G)))
    bridges = timed('bridges', lambda: sorted(sorted(e) for e in nx.bridges(G)))
    local = timed(
        'local bridges', lambda: sorted(sorted([u, v]) + [clean(s)] for u, v, s in nx.local_bridges(G, with_span=True))
    )
    cut = timed('articulation points', lambda: sorted(nx.articulation_points(G)))
    parts = timed('louvain', lambda: nx.community.louvain_communities(G, seed=args.seed))
    q = timed('modularity', lambda: nx.community.modularity(G, parts))
    degree = timed('degree', lambda: dict(G.degree()))
    clustering = timed('clustering', lambda: nx.clustering(G))
    constraint = timed('constraint', lambda: nx.constraint(G))
    effective = timed('effective size', lambda: nx.effective_size(G))
    except_betweenness = sum(seconds.values())
    between = timed('betweenness', lambda: nx.betweenness_centrality(G, normalized=True))

    sizes = sorted(components, reverse=True)
    communities = {}
    for c, members in enumerate(sorted(parts, key=lambda p: (-len(p), min(p)))):
        for node in members:
            communities[node] = c
    if args.report:
        report = {
            'nodes': G.number_of_nodes(),
            'edges': G.number_of_edges(),
            'density': density,
            'components': len(sizes),
            'componentSizes': sizes,
            'largestComponentShare': sizes[0] / G.number_of_nodes(),
            'isolates': isolates,
            'bridges': bridges,
            'localBridges': local,
            'articulationPoints': cut,
            'modularity': q,
            'communities': communities,
            'perNode': {
                n: {
                    'degree': degree[n],
                    'betweenness': between[n],
                    'clustering': clustering[n],
                    'constraint': clean(constraint[n]),
                    'effectiveSize': clean(effective[n]),
                }
                for n in G.nodes()
            },
        }
        with open(args.report, 'w') as f:
            json.dump(report, f, allow_nan=False)

    print(
        json.dumps(
            {
                'networkx': nx.__version__,
                'python': platform.python_version(),
                'seconds': seconds,
                'exceptBetweenness': except_betweenness,
                'betweenness': seconds['betweenness'],
                'whole': except_betweenness + seconds['betweenness'],
                # Linux reports kilobytes
                'peakRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


if __name__ == '__main__':
    main()
