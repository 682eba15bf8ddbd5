/** The guide's example responses for the port-in operations (§Port In, L6825–L7620; §Port-In Status), copied as printed. */

export const PORT_IN_AVAILABILITY = {
  status: 'Success',
  statusCode: '200',
  serviceAvailable: [
    {
      telephoneNumber: '3129578428',
      isPortable: true,
      serviceProviderName: 'Level 3- SVR:8824/1',
      localRoutingNumber: '2246556199',
      rateCenterTier: '0',
      notPortableReason: '',
    },
  ],
};

export const PORT_IN_ORDER = { orderId: '102644', statusCode: '200', status: 'Success' };

export const AVAILABLE_ACTIVATION = {
  status: 'Success',
  statusCode: '200',
  availableActivationList: [
    { tnGroup: 'Group ID 93452A - ALEC, INC:2588 - NSR/1', focDt: '2017-09-27 00:00:00.0', tnList: { tnItem: [{ tn: 8642246351 }] } },
    {
      tnGroup: 'Group ID 93454 - Astound Broadband LLC: 485E - NSR',
      focDt: '2017-09-27 00:00:00.0',
      tnList: { tnItem: [{ tn: 5308856332 }] },
    },
    { tnGroup: 'Group ID 93456 - BellSouth/1', focDt: '2017-09-27 00:00:00.0', tnList: { tnItem: [{ tn: 2057552511 }] } },
    {
      tnGroup: 'Group ID 93457 - BellSouth/1',
      focDt: '2017-09-27 00:00:00.0',
      tnList: { tnItem: [{ tn: 2516530680 }, { tn: 2516530681 }] },
    },
  ],
};

export const ACTIVATE = {
  statusCode: '200',
  status:
    'tnGroup:Group ID 93453 - Ameritech/1 Status:{1=[TN group not available for portGroup ID 93453 - Ameritech/1]}|tnGroup: Group ID 93457 - BellSouth/1 Status:Success|}',
};

export const TN_LIST = {
  status: 'Success',
  statusCode: '200',
  orderList: {
    orderType: [
      {
        orderId: 1437326,
        customerOrderReference: 'customerRef12345',
        orderStatus: 'Pending',
        desiredDueDate: '2017-09-18T00:00:00.000+0000',
        createdDate: '2017-08-07T00:00:00.000+0000',
        createdUser: ' test@email.com',
        rejectReasonName: '',
        tn: '2033075990',
        processName: 'Group ID 521021 - Broadvox:787F - SVR/1',
        tnStatus: 'Pending',
      },
      {
        orderId: 1437326,
        customerOrderReference: 'customerRef12345',
        orderStatus: 'Pending',
        desiredDueDate: '2017-09-18T00:00:00.000+0000',
        createdDate: '2017-08-07T00:00:00.000+0000',
        createdUser: 'test@email.com',
        rejectReasonName: '',
        tn: '2034242061',
        processName: 'Group ID 521032 - Peerless: 063E-NSR/1',
        tnStatus: 'Received FOC',
      },
    ],
  },
};

export const ORDER_LIST_PAGED = {
  status: 'Success',
  statusCode: '200',
  orderList: {
    orderType: [
      {
        orderId: 1458836,
        orderStatus: 'Pending',
        customerOrderReference: '9262NewLNP',
        desiredDueDate: '2017-09-26T00:00:00.000+0000',
        tnQuantity: 2,
        createdDate: '2017-09-19T00:00:00.000+0000',
        createdUser: 'test@email.com',
        focTnQuantity: 0,
        rejectedTnQuantity: 1,
        activatedTnQuantity: 1,
        focList: {
          focItem: [
            { portDate: '2017-09-26T00:00:00.000+0000', tnQuantity: 1, focTnQuantity: 0, rejectedTnQuantity: 0, activatedTnQuantity: 1 },
            { tnQuantity: 1, focTnQuantity: 0, rejectedTnQuantity: 1, activatedTnQuantity: 0 },
          ],
        },
        rejectReasonList: { rejectReasonItem: [{ rejectReason: 'Invalid zip code', rejectedTnQuantity: 1 }] },
      },
    ],
  },
  page: '1',
  totalPages: '3',
  totalItems: '29',
  searchId: '141213799652',
};

const BLANK_ADDRESS = {
  streetNum: '',
  streetPreDir: '',
  streetName: '',
  streetType: '',
  streetPostDir: '',
  locationType1: '',
  locationValue1: '',
  locationType2: '',
  locationValue2: '',
  locationType3: '',
  locationValue3: '',
  city: '',
  state: '',
  postalCode: '',
  typeOfService: '',
};

export const CSR_1 = {
  status: 'Success',
  statusCode: '200',
  tnCsrLookupResponse: {
    tn: '3123488246',
    accountNum: '12345',
    atn: '8009247586',
    endUser: 'Test User',
    endUserAddress: '550 W Adams St, Chicago, IL 60661',
    streetNum: '550',
    streetPreDir: 'W',
    streetName: 'Adams',
    streetType: 'St',
    streetPostDir: '',
    locationType1: 'Ste',
    locationValue1: '900',
    locationType2: 'Flr',
    locationValue2: '9',
    locationType3: '',
    locationValue3: '',
    city: 'Chicago',
    state: 'IL',
    postalCode: '60661',
    typeOfService: 'B',
    serviceProvider: 'ATT',
    ocn: '089',
    numOfServiceLocations: 2,
    numOfTnLines: 2,
    authName: 'Jean Blues',
    authDate: '2018-10-15',
    earliestScheduledDate: '2018-10-12',
    remarks: '',
    lsrRequirements: '',
    simplePort: 'N',
    csrLookupMsg: 0,
    csrLookupResult: 'Success',
    tnGroup: [{ tn: '3123488247' }, { tn: '3123488248' }],
  },
};

export const CSR_2 = {
  status: 'Success',
  statusCode: '200',
  tnCsrLookupResponse: {
    ...CSR_1.tnCsrLookupResponse,
    tn: '0000000000',
    csrLookupMsg: 'Success',
    csrLookupResult: 0,
  },
};

export const CSR_FAILED = {
  status: 'Success',
  statusCode: '200',
  tnCsrLookupResponse: {
    tn: '2222222222',
    accountNum: '',
    atn: '',
    endUser: '',
    endUserAddress: '',
    ...BLANK_ADDRESS,
    serviceProvider: '',
    ocn: '',
    numOfServiceLocations: 0,
    numOfTnLines: 0,
    authName: '',
    remarks: '',
    lsrRequirements: '',
    simplePort: '',
    csrLookupMsg: 'Failure: Carrier does not support automated CSR lookups',
    csrLookupResult: 1,
  },
};
