/** /tfForwardList (L2866): every toll-free number with forwarding. The request is the key alone. */
import { defineOperation } from '../operation.js';
import { forwardList } from './forwards.js';

export const tfForwardList = defineOperation({}, ({ state }) => forwardList(state, 'tf', 'tfForwardList'));
