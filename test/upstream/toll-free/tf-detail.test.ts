import { describe, expect, it } from 'vitest';
import { tfDetail } from '../../../src/upstream/toll-free/tf-detail.js';

/** The guide's example response (L7945), its trailing commas and `]}],` repaired, searchId joined. */
const GUIDE_EXAMPLE = {
  statusCode: '200',
  status: 'Success',
  tfList: {
    tfItem: [
      {
        tn: 8002012311,
        routingLabel: 'NTCHI-1050-8XX-950',
        tnStatusName: 'In Service',
        tnStatusRef: 'INSVC',
        respOrgName: 'Example RespOrg Co.',
        respOrgPrefix: 'ABC01',
        activateDisplayName: 'User, You',
        activateDate: '2016-07-29T13:48:13.000Z',
        cic: '0913,5102',
        cicCompanyName: 'Inteliquent, Level 3',
        tnNote: 'Sample Note',
        tnFeature: { callerId: { callingName: 'Harry Fuzz', cnamDip: 'N' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } },
        e911: {
          name: 'James Holden',
          origStreetNum: '550',
          origStreetInfo: 'W Adams St',
          origLocation: '9th floor',
          origCity: 'Chicago',
          origState: 'IL',
          origPostalCode: '60661',
          e911ActivateDate: '2016-07-29T13:48:13.000Z',
          e911ActivateUser: 'Test User',
          e911TnStatus: 'In Service',
        },
      },
    ],
  },
  page: '1',
  totalPages: '7676',
  totalItems: '7676',
  searchId: 'DnF1ZXJ5VAABYdYFk5ZGWBpcVEAAACYTOWFiMGdiR1EweV92X2FYS3R1U1NnAAAAAACuC0WVjNESnZxZlJSNjJR0Gcz',
};

describe('/tfDetail', () => {
  it("sends the guide's request: search items with the status code and mask, pageSort at the top", () => {
    expect(tfDetail.request({ criteria: [{ tnMask: 'xxxxxxxxxx', status: 'IN_SERVICE' }], page: { page: 1, size: 1 } })).toEqual({
      tfSearchList: { tfSearchItem: [{ typeTfStatusReference: 'INSVC', tnMask: 'xxxxxxxxxx' }] },
      pageSort: { page: 1, size: 1 },
    });
  });

  it('an exact-number batch asks for a page as large as the batch; flags go as Y/N', () => {
    const body = tfDetail.request({
      criteria: [
        { tnMask: '8002012311', hasMessaging: true },
        { tnMask: '8002012312', cnamDip: false },
      ],
    });
    expect(body).toEqual({
      tfSearchList: {
        tfSearchItem: [
          { tnMask: '8002012311', messaging: 'Y' },
          { tnMask: '8002012312', cnamDip: 'N' },
        ],
      },
      pageSort: { page: 1, size: 2 },
    });
  });

  it("reads the guide's example, e911 beside tnFeature", () => {
    const page = tfDetail.parse(GUIDE_EXAMPLE, { criteria: [] });
    expect(page).toMatchObject({ page: 1, totalPages: 7676, totalItems: 7676 });
    expect(page.items[0]).toEqual({
      tn: '8002012311',
      status: 'IN_SERVICE',
      statusLabel: 'In Service',
      routingLabel: 'NTCHI-1050-8XX-950',
      respOrgName: 'Example RespOrg Co.',
      respOrgId: 'ABC01',
      activatedBy: 'User, You',
      activatedAt: '2016-07-29T13:48:13.000Z',
      cics: ['0913', '5102'],
      cicCompanyNames: ['Inteliquent', 'Level 3'],
      note: 'Sample Note',
      features: {
        callerId: { callingName: 'Harry Fuzz', cnamDip: false },
        messaging: { messageClass: 'P2P', messageType: 'SMS' },
        e911: {
          name: 'James Holden',
          streetNumber: '550',
          streetInfo: 'W Adams St',
          location: '9th floor',
          city: 'Chicago',
          state: 'IL',
          postalCode: '60661',
          activatedAt: '2016-07-29T13:48:13.000Z',
          activatedBy: 'Test User',
          statusLabel: 'In Service',
        },
      },
    });
  });

  it('also reads e911 inside tnFeature (where /tfOrder puts it) and a status given by name only', () => {
    const [item] = tfDetail.parse(
      { tfList: { tfItem: [{ tn: '8002012311', tnStatusName: 'Pending', tnFeature: { e911: { name: 'A B' } } }] } },
      { criteria: [] },
    ).items;
    expect(item).toMatchObject({ status: 'PENDING', features: { e911: { name: 'A B' } }, cics: [] });
  });
});
