import { formatPhoneNumber } from '../core/phone-number';
import { hashText, hashUint, pickWith } from '../core/seed-hash';
import { companyStems, companySuffixes, industries, places } from '../core/word-lists';
import { type CrmObjectSpec, type CrmProperties } from './crm-object.types';

const slugs = companyStems.map((stem) => stem.toLowerCase().replace(/[^a-z]+/g, '-'));
const topLevelDomains = ['com', 'io', 'co.uk', 'de', 'net', 'fr'] as const;

export function createCompanySpec(seed: number): CrmObjectSpec {
  const salt = hashText('companies');
  const generate = (index: number): CrmProperties => {
    const stem = hashUint(seed, salt, index, 1) % companyStems.length;
    const shape = hashUint(seed, salt, index, 2);
    const place = pickWith(places, hashUint(seed, salt, index, 3));
    const size = hashUint(seed, salt, index, 4);
    const employees = [3, 12, 45, 120, 480, 2500, 12000][size % 7] ?? 10;
    return {
      name: `${companyStems[stem]} ${pickWith(companySuffixes, shape >>> 4)}`,
      domain: `${shape % 9 === 0 ? 'www.' : ''}${slugs[stem]}${index + 1}.${pickWith(topLevelDomains, shape >>> 12)}`,
      industry: shape % 10 === 1 ? null : pickWith(industries, shape >>> 16),
      phone: size % 6 === 0 ? null : formatPhoneNumber(size, hashUint(seed, salt, index, 5)),
      city: place.city,
      country: shape % 13 === 2 ? place.code : place.country,
      numberofemployees: String(employees + (size >>> 8) % Math.max(1, employees)),
      annualrevenue: size % 5 === 0 ? null : String(employees * (50_000 + ((size >>> 4) % 200) * 1000)),
    };
  };
  return {
    type: 'companies',
    singular: 'company',
    modifiedProperty: 'hs_lastmodifieddate',
    properties: ['name', 'domain', 'industry', 'phone', 'city', 'country', 'numberofemployees', 'annualrevenue', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'],
    defaultProperties: ['name', 'domain', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'],
    uniqueProperty: 'domain',
    readIndexHint(value) {
      const match = /(\d+)\.[a-z.]+$/.exec(value.trim().toLowerCase());
      return match ? Number(match[1]) - 1 : undefined;
    },
    generate,
    buildMutation(current, index, version) {
      const employees = Number(current.numberofemployees ?? '0') || 0;
      return { numberofemployees: String(employees + 1 + (hashUint(seed, salt ^ version, index, 6) % 25)) };
    },
    malform(properties) {
      properties.createdate = 'not-a-date';
    },
  };
}
