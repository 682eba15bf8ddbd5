import { describe, expect, it } from 'vitest';
import { advancePortIn, correct, FOC_ANSWER_MS, tnStatusLabel } from '../../../../src/sandbox/port-in/shared/port-lifecycle.js';
import { SandboxState } from '../../../../src/sandbox/store.js';
import type { Order } from '../../../../src/sandbox/types.js';

const T0 = Date.UTC(2025, 0, 6, 15);

function portIn(): Order {
  return {
    id: 1,
    kind: 'PORT_IN',
    productId: 113,
    serviceOrder: 'NEW',
    status: 'PENDING',
    customerOrderReference: '',
    createdAt: T0,
    pendingAt: T0,
    createdUser: 'api_user',
    lastModified: T0,
    hasFeatures: false,
    excluded: [],
    notes: [],
    background: true,
    portIn: { desiredDueDate: '2025-01-08', desiredPortTime: '', desiredPortTimeZone: '', onDemandActivation: true },
    items: [
      {
        tn: '3129578401',
        done: false,
        port: {
          accountNum: '1',
          atn: '3129578401',
          authName: 'A',
          authDate: '2025-01-01',
          hasAccountPin: false,
          losingCarrier: 'BellSouth/1',
          tnGroup: 'Group ID 1 - BellSouth/1',
          answerDueAt: T0 + FOC_ANSWER_MS,
          jeopardyReason: 'PIN required/invalid',
        },
      },
    ],
  };
}

describe('port-in lifecycle: correction (what /orderUpdate will call)', () => {
  it('takes a number out of jeopardy; the carrier then answers with an FOC one answer-time later', () => {
    const state = new SandboxState(1);
    const o = portIn();
    const item = o.items[0]!;
    advancePortIn(state, o, T0 + FOC_ANSWER_MS);
    expect(tnStatusLabel(o, item)).toBe('PIN required/invalid');
    correct(item.port!, T0 + FOC_ANSWER_MS + 1000);
    expect(tnStatusLabel(o, item)).toBe('Pending');
    advancePortIn(state, o, T0 + 2 * FOC_ANSWER_MS + 1000);
    expect(tnStatusLabel(o, item)).toBe('Received FOC');
    expect(item.port!.portDate).toBe(Date.UTC(2025, 0, 9));
  });
});
