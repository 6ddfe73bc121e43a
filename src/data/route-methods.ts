/**
 * How ketamine is given by each route (bolus, infusion), with the evidence that each method is
 * used. Kept apart from the route profiles so that input validation loads only this.
 */
import type { RouteId, RouteProfile } from '../routes/schema.js';

export const ROUTE_METHODS: Readonly<Record<RouteId, RouteProfile['methods']>> = {
  intravenous: [
    {
      method: 'bolus',
      basis: {
        text: 'Subanaesthetic IV boluses (push over 3–5 min) are used for acute pain in the ED.',
        sources: ['motov-2015', 'miller-2015'],
        grade: 'B',
      },
    },
    {
      method: 'infusion',
      basis: {
        text: 'IV infusions are the guideline route for acute and chronic pain.',
        sources: ['schwenk-2018', 'cohen-2018'],
        grade: 'A',
      },
    },
  ],
  intramuscular: [
    {
      method: 'bolus',
      basis: {
        text: 'IM injection is labelled for anaesthesia and used at 0.4 mg/kg for chronic pain.',
        sources: ['ketalar-label', 'rabben-2001'],
        grade: 'B',
      },
    },
  ],
  subcutaneous: [
    {
      method: 'bolus',
      basis: {
        text: 'SC boluses are used in depression trials and cancer-pain practice.',
        sources: ['loo-2016', 'benitez-rosario-2011'],
        grade: 'B',
      },
    },
    {
      method: 'infusion',
      basis: {
        text: 'Continuous SC infusions are used in cancer pain and post-herpetic neuralgia.',
        sources: ['hardy-2012', 'eide-1995'],
        grade: 'B',
      },
    },
  ],
  oral: [
    {
      method: 'bolus',
      basis: {
        text: 'Oral ketamine is given as lozenges, tablets or solution.',
        sources: ['chong-2009', 'yanagihara-2003'],
        grade: 'C',
      },
    },
  ],
  sublingual: [
    {
      method: 'bolus',
      basis: {
        text: 'Sublingual wafers, lozenges and thin films have been studied.',
        sources: ['rolan-2014', 'simons-2022-pk'],
        grade: 'C',
      },
    },
  ],
  buccal: [
    {
      method: 'bolus',
      basis: {
        text: 'Buccal S-ketamine thin film has been studied; oral solution is used buccally in UK palliative practice.',
        sources: ['simons-2022-pk', 'gwent-palliative-guideline'],
        grade: 'C',
      },
    },
  ],
  intranasal: [
    {
      method: 'bolus',
      basis: {
        text: 'Intranasal sprays are used for acute and breakthrough pain.',
        sources: ['shimonovich-2016', 'carr-2004'],
        grade: 'B',
      },
    },
  ],
  rectal: [
    {
      method: 'bolus',
      basis: {
        text: 'Rectal ketamine is used for premedication in children.',
        sources: ['tanaka-2000'],
        grade: 'B',
      },
    },
  ],
  topical: [
    {
      method: 'bolus',
      basis: {
        text: 'Creams and patches have been studied as adjuvants and for neuropathic pain.',
        sources: ['lynch-2005', 'azevedo-2000'],
        grade: 'B',
      },
    },
  ],
};
