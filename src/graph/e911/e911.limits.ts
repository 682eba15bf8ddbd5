/** The E911 limits of the guide that no input field declares (a list's size, an e-mail's form). */
/** "upper limit of 10 email addresses" (guide L3740, L4129). */
export const MAX_NOTIFICATION_EMAILS = 10;
/** "must be a fully qualified email address"; 254 characters is the longest address SMTP carries (RFC 5321). */
export const EMAIL = { maxLength: 254, pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/ } as const;
/** Required on every address the carrier validates or provisions (guide L3256–L3266, L11425). */
export const ADDRESS_REQUIRED = ['streetNumber', 'street', 'city', 'state', 'postalCode'] as const;
