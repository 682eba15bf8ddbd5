/** /messageCampaigns (L2910): every messaging campaign of the account, in one call (read; 430 is []). */
import { defineOperation } from '../define.js';
import { defined } from '../wire/request.js';
import { record, text, timestamp, wrappedList, yn } from '../wire/schema.js';
import type { MessagingCampaignRecord } from './campaigns.js';

/** The carrier's way of saying "no end date". */
const OPEN_ENDED = '9999-12-31';

const item = record({ msgCampaignId: text, description: text, startDate: timestamp, endDate: timestamp, isBillable: yn });

export const messageCampaigns = defineOperation({
  name: 'messageCampaigns',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ messageCampaignList: wrappedList('messageCampaignItem', item) }),
  map: (wire): MessagingCampaignRecord[] =>
    wire.messageCampaignList.flatMap((w) =>
      w.msgCampaignId === undefined
        ? []
        : [
            defined({
              campaignId: w.msgCampaignId,
              description: w.description,
              startDate: w.startDate,
              endDate: w.endDate?.date === OPEN_ENDED ? undefined : w.endDate,
              billable: w.isBillable,
            }),
          ],
    ),
  notFound: { empty: () => [] },
});
