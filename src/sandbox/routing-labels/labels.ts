/**
 * The account's toll-free routing labels (guide §Network, L9280–L9392), kept beside the shared
 * state (one set per SandboxState, so a reset starts from the seed again). Each label routes to
 * seeded DID trunk groups.
 */
import type { SandboxState } from '../store.js';

export interface Route {
  trunkGroupName: string;
  sequence: number;
  proportion: number;
}

export interface RoutingLabelRecord {
  routingLabel: string;
  /** "" until renamed: /routingLabelUpdate sets it (see rename). */
  customerAssignedName: string;
  routePrioritizationType: 'Sequence' | 'Percentage';
  routes: Route[];
}

const seq = (...names: string[]): Route[] => names.map((trunkGroupName, sequence) => ({ trunkGroupName, sequence, proportion: 0 }));

function seedLabels(): RoutingLabelRecord[] {
  return [
    {
      routingLabel: 'NTCHI-1050-8XX-950',
      customerAssignedName: 'Chicago main',
      routePrioritizationType: 'Sequence',
      routes: seq('CHCGIL24CL1_897', 'CHCGIL24CL1_898'),
    },
    {
      routingLabel: 'NTNYC-690-8XX-123',
      customerAssignedName: '',
      routePrioritizationType: 'Percentage',
      routes: [
        { trunkGroupName: 'NWRKNJ02CL1_311', sequence: 0, proportion: 60 },
        { trunkGroupName: 'ATLNGAQS08T_266', sequence: 1, proportion: 40 },
      ],
    },
    {
      routingLabel: 'NTNYC-690-8XX-124',
      customerAssignedName: 'East overflow',
      routePrioritizationType: 'Sequence',
      routes: seq('ATLNGAQS08T_266'),
    },
    {
      routingLabel: 'NTDAL-220-8XX-410',
      customerAssignedName: '',
      routePrioritizationType: 'Sequence',
      routes: seq('DLLSTX11CL2_452', 'LSANCA03CL1_120'),
    },
  ];
}

const byState = new WeakMap<SandboxState, RoutingLabelRecord[]>();

export function labelsOf(state: SandboxState): RoutingLabelRecord[] {
  let labels = byState.get(state);
  if (!labels) {
    labels = seedLabels();
    byState.set(state, labels);
  }
  return labels;
}

/** "routingLabel OR customerAssignedName" (L9335): the label by either key. */
export function findLabel(state: SandboxState, key: string): RoutingLabelRecord | undefined {
  const labels = labelsOf(state);
  return labels.find((l) => l.routingLabel === key) ?? labels.find((l) => l.customerAssignedName !== '' && l.customerAssignedName === key);
}
