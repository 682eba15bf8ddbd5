/**
 * End-to-end: routing labels, their routes to trunk groups and their numbers, TrunkGroup.routingLabels,
 * TollFreeNumber.routingLabel and renameRoutingLabel, counting carrier calls: one
 * /routingLabelDetail per label, one label list per request.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();
const count = async (operation: string) => (await stack.control.servicesCalls(operation)).length;

describe('routingLabels', () => {
  it('lists the labels with their routes as trunk groups; one detail call per label', async () => {
    const data = ok(
      await stack.gql(`{ routingLabels { id name customerAssignedName prioritization prioritizationLabel
        routes { sequence proportion trunkGroup { name } } } }`),
    );
    expect(data['routingLabels']).toHaveLength(4);
    expect(data['routingLabels'][1]).toMatchObject({
      name: 'NTNYC-690-8XX-123',
      customerAssignedName: null,
      prioritization: 'PERCENTAGE',
      prioritizationLabel: 'Percentage',
      routes: [
        { sequence: 0, proportion: 60, trunkGroup: { name: 'NWRKNJ02CL1_311' } },
        { sequence: 1, proportion: 40, trunkGroup: { name: 'ATLNGAQS08T_266' } },
      ],
    });
    expect(await count('routingLabelSearchAssigned')).toBe(1);
    expect(await count('routingLabelDetail')).toBe(4);
  });

  it('follows a label to its trunk groups and back to its numbers; each number names its label', async () => {
    const data = ok(
      await stack.gql(`{ routingLabel(name: "Chicago main") { name
        routes { trunkGroup { name routingLabels { name } } }
        tollFreeNumbers(first: 10) { totalCount nodes { tn routingLabel { name customerAssignedName } } } } }`),
    );
    const label = data['routingLabel'];
    expect(label.name).toBe('NTCHI-1050-8XX-950');
    expect(label.routes.map((r: { trunkGroup: { routingLabels: { name: string }[] } }) => r.trunkGroup.routingLabels)).toEqual([
      [{ name: 'NTCHI-1050-8XX-950' }],
      [{ name: 'NTCHI-1050-8XX-950' }],
    ]);
    expect(label.tollFreeNumbers.totalCount).toBe(4);
    expect(label.tollFreeNumbers.nodes[0].routingLabel).toEqual({ name: 'NTCHI-1050-8XX-950', customerAssignedName: 'Chicago main' });
    // The label list once, each label's routes once (asked from two trunk groups), the numbers in one search.
    expect(await count('routingLabelSearchAssigned')).toBe(1);
    expect(await count('routingLabelDetail')).toBe(4);
    expect(await count('tfDetail')).toBe(1);
  });

  it('is null for an unknown label, and node(id:) finds a label by its id', async () => {
    const data = ok(await stack.gql(`{ routingLabel(name: "NOPE") { name } routingLabels { id } }`));
    expect(data['routingLabel']).toBeNull();
    const id = data['routingLabels'][0].id;
    const node = ok(await stack.gql(`query($id: ID!) { node(id: $id) { ... on RoutingLabel { name } } }`, { id }));
    expect(node['node']).toEqual({ name: 'NTCHI-1050-8XX-950' });
  });
});

describe('renameRoutingLabel', () => {
  it('sets your name on the label and reads it back', async () => {
    const data = ok(
      await stack.gql(`mutation { renameRoutingLabel(input: { name: "NTNYC-690-8XX-123", newName: "Main Routing Label" }) {
        routingLabel { name customerAssignedName } userErrors { path code message } } }`),
    );
    expect(data['renameRoutingLabel']).toEqual({
      routingLabel: { name: 'NTNYC-690-8XX-123', customerAssignedName: 'Main Routing Label' },
      userErrors: [],
    });
    const [call] = await stack.control.servicesCalls('routingLabelUpdate');
    expect(call!.body).toMatchObject({ routingLabel: 'NTNYC-690-8XX-123', newRoutingLabel: 'Main Routing Label' });
  });

  it('an unknown label is a NOT_FOUND userError; a blank name is refused before any call', async () => {
    const unknown = ok(
      await stack.gql(`mutation { renameRoutingLabel(input: { name: "NOPE", newName: "X" }) { userErrors { path code } } }`),
    );
    expect(unknown['renameRoutingLabel'].userErrors).toEqual([{ path: ['input', 'name'], code: 'NOT_FOUND' }]);
    await stack.control.clearCalls();
    const blank = ok(
      await stack.gql(`mutation { renameRoutingLabel(input: { name: "NOPE", newName: " " }) { userErrors { path code } } }`),
    );
    expect(blank['renameRoutingLabel'].userErrors).toEqual([{ path: ['input', 'newName'], code: 'REQUIRED' }]);
    expect(await stack.control.servicesCalls()).toEqual([]);
  });
});
