import { formatPhoneNumber, foldToAscii } from '../core/phone-number';
import { hashText, hashUint, pickWith } from '../core/seed-hash';
import { companyStems, companySuffixes, firstNames, lastNames, places, streets } from '../core/word-lists';
import { roundMoney, type ErpCustomerData, type ErpObjectSpec } from './erp-object.types';

const currencyByCountry: Record<string, string> = { US: 'USD', CA: 'CAD', GB: 'GBP', JP: 'JPY', BR: 'BRL', AU: 'AUD', NG: 'NGN' };
const slugs = companyStems.map((stem) => stem.toLowerCase().replace(/[^a-z]+/g, ''));

export function createCustomerSpec(seed: number): ErpObjectSpec<ErpCustomerData> {
  const salt = hashText('customers');
  return {
    type: 'customers',
    idPrefix: 'CUS',
    generate(index) {
      const n = index + 1;
      const shape = hashUint(seed, salt, index, 1);
      const stem = shape % companyStems.length;
      const place = pickWith(places, hashUint(seed, salt, index, 2));
      const money = hashUint(seed, salt, index, 3);
      const isPerson = (shape >>> 8) % 5 === 0;
      const first = pickWith(firstNames, shape >>> 12);
      const last = pickWith(lastNames, shape >>> 18);
      const mailbox = isPerson ? `${foldToAscii(first).toLowerCase()}.${foldToAscii(last).toLowerCase()}${n}` : `billing+${n}`;
      const email = `${mailbox}@${slugs[stem]}.example.com`;
      const emailShape = (money >>> 20) % 16;
      return {
        display_name: isPerson ? `${first} ${last}` : `${companyStems[stem]} ${pickWith(companySuffixes, shape >>> 14)}`,
        email: emailShape === 0 ? null : emailShape === 1 ? email.toUpperCase() : emailShape === 2 ? ` ${email}` : email,
        phone: money % 7 === 0 ? null : formatPhoneNumber(money, hashUint(seed, salt, index, 4)),
        billing_address: {
          line1: `${(money % 900) + 1} ${pickWith(streets, money >>> 10)}`,
          city: place.city,
          postal_code: place.postal,
          country: place.code,
        },
        currency: currencyByCountry[place.code] ?? 'EUR',
        balance: money % 3 === 0 ? 0 : roundMoney((money % 2_500_000) / 100),
        active: (shape >>> 24) % 20 !== 0,
      };
    },
    buildMutation(current, index, version) {
      const delta = roundMoney(((hashUint(seed, salt ^ version, index, 5) % 100_000) + 1) / 100);
      return { ...current, balance: roundMoney(current.balance + delta) };
    },
    malform(wire, hash) {
      wire.email = hash % 2 === 0 ? 5550100 + (hash % 100) : 'not-an-email';
    },
  };
}
