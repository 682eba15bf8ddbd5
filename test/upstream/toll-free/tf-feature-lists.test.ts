import { describe, expect, it } from 'vitest';
import { tfFeatureCNamList } from '../../../src/upstream/toll-free/tf-feature-cnam-list.js';
import { tfFeatureE911List } from '../../../src/upstream/toll-free/tf-feature-e911-list.js';
import { tfFeatureMessageList } from '../../../src/upstream/toll-free/tf-feature-message-list.js';

describe('the feature lists over the guide examples', () => {
  it('/tfFeatureCNamList', () => {
    const body = { status: 'Success', statusCode: '200', tfFeatureList: { tfFeatureItem: [{ tn: 9726947096, callingName: 'Name' }] } };
    expect(tfFeatureCNamList.request()).toEqual({});
    expect(tfFeatureCNamList.parse(body)).toEqual([{ tn: '9726947096', callingName: 'Name' }]);
  });

  it('/tfFeatureMessageList (netNumberId and altSpid optional)', () => {
    const body = {
      status: 'Success',
      statusCode: '200',
      tfFeatureList: {
        tfFeatureItem: [
          { tn: 2017012042, messageClass: 'P2P', messageType: 'SMS', netNumberId: '1234', altSpid: '1234' },
          { tn: 2022925536, messageClass: 'P2P', messageType: 'SMS' },
        ],
      },
    };
    expect(tfFeatureMessageList.parse(body)).toEqual([
      { tn: '2017012042', messageClass: 'P2P', messageType: 'SMS', netNumberId: '1234', altSpid: '1234' },
      { tn: '2022925536', messageClass: 'P2P', messageType: 'SMS' },
    ]);
  });

  it('/tfFeatureE911List (with and without a mask; enh* fields ignored)', () => {
    expect(tfFeatureE911List.request({})).toEqual({});
    expect(tfFeatureE911List.request({ tnMask: '844xxxxxxx' })).toEqual({ tnMask: '844xxxxxxx' });
    const body = {
      status: 'Success',
      statusCode: '200',
      tfFeatureList: {
        tfFeatureItem: [
          {
            tn: 2404540119,
            name: 'test',
            origStreetNum: '123',
            origStreetInfo: 'test',
            origLocation: '',
            origCity: 'chi',
            origState: 'IL',
            origPostalCode: '60657',
            enhStreetNum: '',
            enhCity: '',
          },
        ],
      },
    };
    expect(tfFeatureE911List.parse(body, {})).toEqual([
      { tn: '2404540119', e911: { name: 'test', streetNumber: '123', streetInfo: 'test', city: 'chi', state: 'IL', postalCode: '60657' } },
    ]);
  });
});
