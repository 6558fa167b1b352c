import { formatPhoneNumber, foldToAscii } from '../core/phone-number';
import { hashText, hashUint, pickWith } from '../core/seed-hash';
import { companyStems, companySuffixes, firstNames, jobTitles, lastNames, lifecycleStages, mailDomains } from '../core/word-lists';
import { type CrmObjectSpec, type CrmProperties } from './crm-object.types';

const foldedFirst = firstNames.map(foldToAscii);
const foldedLast = lastNames.map(foldToAscii);

function buildEmail(index: number, first: number, last: number, domain: string, variant: number): string | null {
  const n = index + 1;
  if (variant === 0) return null;
  if (variant <= 2) return `${foldedFirst[first]}.${foldedLast[last]}${n}@${domain.toUpperCase()}`;
  const email = `${foldedFirst[first]?.toLowerCase()}.${foldedLast[last]?.toLowerCase()}${n}@${domain}`;
  if (variant === 3) return ` ${email} `;
  if (variant === 4) return `${email}\t`;
  return email;
}

export function createContactSpec(seed: number): CrmObjectSpec {
  const salt = hashText('contacts');
  const generate = (index: number): CrmProperties => {
    const first = hashUint(seed, salt, index, 1) % firstNames.length;
    const last = hashUint(seed, salt, index, 2) % lastNames.length;
    const shape = hashUint(seed, salt, index, 3);
    const phoneHash = hashUint(seed, salt, index, 4);
    const workHash = hashUint(seed, salt, index, 5);
    return {
      email: buildEmail(index, first, last, pickWith(mailDomains, shape >>> 8), shape % 20),
      firstname: (shape >>> 5) % 50 === 0 ? ` ${firstNames[first]}` : (firstNames[first] ?? null),
      lastname: (shape >>> 5) % 50 === 1 ? (lastNames[last]?.toUpperCase() ?? null) : (lastNames[last] ?? null),
      phone: phoneHash % 10 === 0 ? null : formatPhoneNumber(phoneHash, hashUint(seed, salt, index, 6)),
      company: workHash % 8 === 0 ? null : `${pickWith(companyStems, workHash >>> 4)} ${pickWith(companySuffixes, workHash >>> 12)}`,
      jobtitle: workHash % 11 === 0 ? null : pickWith(jobTitles, workHash >>> 16),
      lifecyclestage: pickWith(lifecycleStages, hashUint(seed, salt, index, 7)),
    };
  };
  return {
    type: 'contacts',
    singular: 'contact',
    modifiedProperty: 'lastmodifieddate',
    properties: ['email', 'firstname', 'lastname', 'phone', 'company', 'jobtitle', 'lifecyclestage', 'createdate', 'lastmodifieddate', 'hs_object_id'],
    defaultProperties: ['email', 'firstname', 'lastname', 'createdate', 'lastmodifieddate', 'hs_object_id'],
    uniqueProperty: 'email',
    readIndexHint(value) {
      const match = /(\d+)@[^@]+$/.exec(value.trim());
      return match ? Number(match[1]) - 1 : undefined;
    },
    generate,
    buildMutation(current, index, version) {
      const stage = lifecycleStages.indexOf(current.lifecyclestage as (typeof lifecycleStages)[number]);
      return {
        lifecyclestage: lifecycleStages[(stage + 1) % lifecycleStages.length] ?? 'lead',
        jobtitle: pickWith(jobTitles, hashUint(seed, salt ^ version, index, 8)),
      };
    },
    malform(properties, hash) {
      properties.email = hash % 2 === 0 ? 4155550100 + (hash % 100) : 'not-an-email';
    },
  };
}
