/** The carrier's health check; one line per operation. */
import { defineDomain } from '../domain.js';
import { healthCheck } from './health-check.js';

export const health = defineDomain(healthCheck);
