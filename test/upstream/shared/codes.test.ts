import { describe, expect, it } from 'vitest';
import {
  orderStatusFromWire,
  orderStatusToCode,
  productFromCode,
  productToCode,
  serviceOrderTypeFromWire,
  serviceOrderTypeToCode,
  tnStatusFromWire,
  tnStatusToCode,
  typeOfServiceFromWire,
} from '../../../src/upstream/shared/codes.js';

describe('wire: enumerations', () => {
  it('TN status labels, codes and model names', () => {
    expect(tnStatusFromWire('In Service')).toBe('IN_SERVICE');
    expect(tnStatusFromWire('Pending')).toBe('PENDING');
    expect(tnStatusFromWire('Pending Disconnect')).toBe('PENDING_DISCONNECT');
    expect(tnStatusFromWire('INSVC')).toBe('IN_SERVICE');
    expect(tnStatusFromWire('PNDNG')).toBe('PENDING');
    expect(tnStatusFromWire('PDISC')).toBe('PENDING_DISCONNECT');
    expect(tnStatusFromWire('IN_SERVICE')).toBe('IN_SERVICE');
    expect(tnStatusFromWire('Aging')).toBeUndefined();
    expect(tnStatusToCode('PENDING_DISCONNECT')).toBe('PDISC');
  });
  it('order status names and codes', () => {
    expect(orderStatusFromWire('Closed')).toBe('CLOSED');
    expect(orderStatusFromWire('Pending Cancel')).toBe('PENDING_CANCEL');
    expect(orderStatusFromWire('Canceled')).toBe('CANCELED');
    expect(orderStatusFromWire('Cancelled')).toBe('CANCELED');
    expect(orderStatusFromWire('Incomplete')).toBe('INCOMPLETE');
    expect(orderStatusFromWire('CLSD')).toBe('CLOSED');
    expect(orderStatusFromWire('PCNCL')).toBe('PENDING_CANCEL');
    expect(orderStatusToCode('INCOMPLETE')).toBe('INCOMPLT');
    expect(orderStatusToCode('CANCELED')).toBe('CNCL');
    expect(orderStatusToCode('CLOSED')).toBe('CLSD');
    expect(orderStatusToCode('PENDING')).toBe('PENDING');
  });
  it('products and service order types', () => {
    expect(productToCode('TELEPHONE_NUMBER')).toBe(103);
    expect(productToCode('PORT_IN')).toBe(113);
    expect(productToCode('TOLL_FREE_INVENTORY')).toBe(134);
    expect(productFromCode('128')).toBe('TN_FEATURE');
    expect(productFromCode(999)).toBeUndefined();
    expect(serviceOrderTypeToCode('DISCONNECT')).toBe('DISCO');
    expect(serviceOrderTypeFromWire('New')).toBe('NEW');
    expect(serviceOrderTypeFromWire('DISCO')).toBe('DISCONNECT');
  });
  it('type of service', () => {
    expect(typeOfServiceFromWire('R')).toBe('RESIDENCE');
    expect(typeOfServiceFromWire('Residence')).toBe('RESIDENCE');
    expect(typeOfServiceFromWire('B')).toBe('BUSINESS');
    expect(typeOfServiceFromWire('Business')).toBe('BUSINESS');
  });
});
