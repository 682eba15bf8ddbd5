import { describe, expect, it } from 'vitest';
import { customerE911Notification } from '../../../src/upstream/e911/customer-e911-notification.js';
import { customerE911NotificationList } from '../../../src/upstream/e911/customer-e911-notification-list.js';
import { tnE911Notification } from '../../../src/upstream/e911/tn-e911-notification.js';
import { tnE911NotificationList } from '../../../src/upstream/e911/tn-e911-notification-list.js';

describe('E911 notification operations over the guide examples', () => {
  it('/tnE911Notification sends Example 1 and reads its padded answer trimmed', () => {
    const input = { tn: '2015540010', emails: ['abc123@def.com', 'abc234@def.com'] };
    expect(tnE911Notification.request(input)).toEqual({
      tnE911Notification: { tn: '2015540010', emailList: { emailItem: [{ email: 'abc123@def.com' }, { email: 'abc234@def.com' }] } },
    });
    const body = {
      statusCode: '200',
      status: 'Success',
      tnE911Notification: { tn: '2015540010', emailList: { emailItem: [{ email: ' abc123@def.com ' }, { email: ' abc234@def.com ' }] } },
    };
    expect(tnE911Notification.parse(body, input)).toEqual(['abc123@def.com', 'abc234@def.com']);
  });

  it('/tnE911Notification removes with removeNotification Y at the top level, as Example 5 does', () => {
    expect(tnE911Notification.request({ tn: '2015540010', emails: ['qwerty@def.com'], remove: true })).toEqual({
      tnE911Notification: { tn: '2015540010', emailList: { emailItem: [{ email: 'qwerty@def.com' }] } },
      removeNotification: 'Y',
    });
  });

  it('refuses more than 10 addresses before any call', () => {
    const emails = Array.from({ length: 11 }, (_, i) => `a${i}@def.com`);
    expect(() => tnE911Notification.request({ tn: '2015540010', emails })).toThrow(/At most 10/);
  });

  it('/tnE911NotificationList reads Example 1 and Example 2 (no emailList: none)', () => {
    expect(tnE911NotificationList.request('3123489651')).toEqual({ tnE911Notification: { tn: '3123489651' } });
    expect(
      tnE911NotificationList.parse(
        {
          statusCode: '200',
          status: 'Success',
          tnE911Notification: {
            tn: '3123489651',
            emailList: { emailItem: [{ email: 'qwerty1234@def.com' }, { email: 'asdfgh@def.com' }] },
          },
        },
        '3123489651',
      ),
    ).toEqual(['qwerty1234@def.com', 'asdfgh@def.com']);
    expect(
      tnE911NotificationList.parse({ statusCode: '200', status: 'Success', tnE911Notification: { tn: '3123489651' } }, '3123489651'),
    ).toEqual([]);
  });

  it('the customer-level operations use the customerNotification wrapper; {} is none', () => {
    expect(customerE911Notification.request({ emails: ['abc123@def.com'] })).toEqual({
      customerNotification: { emailList: { emailItem: [{ email: 'abc123@def.com' }] } },
    });
    expect(customerE911NotificationList.request()).toEqual({});
    expect(customerE911NotificationList.parse({ statusCode: '200', status: 'Success', customerNotification: {} })).toEqual([]);
    expect(
      customerE911NotificationList.parse({
        statusCode: '200',
        status: 'Success',
        customerNotification: { emailList: { emailItem: [{ email: ' abc123@def.com ' }] } },
      }),
    ).toEqual(['abc123@def.com']);
  });
});
