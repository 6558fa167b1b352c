import { hashText, hashUint, pickWith } from '../core/seed-hash';
import { companyStems, dealStages, products } from '../core/word-lists';
import { type CrmObjectSpec, type CrmProperties } from './crm-object.types';

const dayMs = 86_400_000;
const closeWindowStartMs = Date.UTC(2025, 0, 1);

export function createDealSpec(seed: number, companyCount: number): CrmObjectSpec {
  const salt = hashText('deals');
  const generate = (index: number): CrmProperties => {
    const shape = hashUint(seed, salt, index, 1);
    const money = hashUint(seed, salt, index, 2);
    const amount = ((money % 400) + 1) * 250;
    return {
      dealname: `${pickWith(companyStems, shape)} - ${pickWith(products, shape >>> 8)}`,
      amount: money % 12 === 0 ? null : money % 3 === 0 ? `${amount}.${String(money % 100).padStart(2, '0')}` : String(amount),
      dealstage: pickWith(dealStages, shape >>> 16),
      pipeline: 'default',
      closedate: new Date(closeWindowStartMs + ((money >>> 8) % 540) * dayMs).toISOString(),
      hs_primary_associated_company: companyCount > 0 && shape % 10 !== 0 ? String((hashUint(seed, salt, index, 3) % companyCount) + 1) : null,
    };
  };
  return {
    type: 'deals',
    singular: 'deal',
    modifiedProperty: 'hs_lastmodifieddate',
    properties: ['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'hs_primary_associated_company', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'],
    defaultProperties: ['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'],
    generate,
    buildMutation(current) {
      const stage = dealStages.indexOf(current.dealstage as (typeof dealStages)[number]);
      const amount = Number(current.amount ?? '0') || 0;
      return { dealstage: dealStages[Math.min(stage + 1, dealStages.length - 2)] ?? 'closedwon', amount: String(Math.round(amount * 1.1) || 1000) };
    },
    malform(properties) {
      properties.createdate = '2025-13-45T99:00:00Z';
    },
  };
}
