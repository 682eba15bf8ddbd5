/** /tnForwardList (L2822): every telephone number with forwarding. The request is the key alone. */
import { defineOperation } from '../operation.js';
import { forwardList } from './forwards.js';

export const tnForwardList = defineOperation({}, ({ state }) => forwardList(state, 'tn', 'tnForwardList'));
