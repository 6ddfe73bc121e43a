/**
 * How durations are shown to people: the largest unit in which a value reads naturally.
 * Presentation choices, not clinical values.
 */
export const DISPLAY_UNITS = {
  units: [
    { name: 'minute', plural: 'minutes', minutes: 1, below: 90 },
    { name: 'hour', plural: 'hours', minutes: 60, below: 2880 },
    { name: 'day', plural: 'days', minutes: 1440, below: 20160 },
    { name: 'week', plural: 'weeks', minutes: 10080, below: 131040 },
    { name: 'month', plural: 'months', minutes: 43830, below: Number.POSITIVE_INFINITY },
  ],
  sources: [],
  assumption:
    'Display choice: minutes below 90 min, hours below 48 h, days below 14 days, weeks below 13 weeks, then months of 30.44 days.',
} as const;
