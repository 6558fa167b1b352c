/** Vocabulary for generated records. No digits in names: generated emails embed the record number. */
export const firstNames = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Amelia', 'Oliver', 'Sophia', 'Elijah', 'Charlotte', 'James', 'Ava', 'Lucas',
  'Mia', 'Mateo', 'Isabella', 'Theo', 'Chloé', 'Léa', 'Jürgen', 'Zoë', 'Aarav', 'Priya', 'Wei', 'Mei', 'Hiroshi',
  'Yuki', 'Fatima', 'Omar', 'Ingrid', 'Lars', 'Siobhan', 'Seán', 'Ana', 'João', 'Marta', 'Pavel', 'Olga', 'Kwame',
  'Amara', 'Diego', 'Lucía', 'Nikolai', 'Freya', 'Mohammed', 'Aisha', 'Chen', 'Grace', 'Henry', 'Ruth', 'Tomás',
] as const;

export const lastNames = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Müller',
  'Schmidt', 'Dubois', 'Lefèvre', 'Rossi', 'Bianchi', "O'Brien", 'McCarthy', 'Nguyen', 'Tran', 'Kim', 'Park',
  'Tanaka', 'Suzuki', 'Singh', 'Patel', 'Kowalski', 'Nowak', 'Andersson', 'Johansson', 'van der Berg', 'de Vries',
  'Silva', 'Santos', 'Ivanov', 'Okafor', 'Mensah', 'Haddad', 'Cohen', 'Lopez', 'Walker', 'Hall', 'Young', 'King',
] as const;

export const companyStems = [
  'Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Cyberdyne',
  'Soylent', 'Aperture', 'Black Mesa', 'Gringotts', 'Monarch', 'Oceanic', 'Pied Piper', 'Massive Dynamic',
  'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Proseware', 'Adatum', 'Bluth', 'Dunder Mifflin',
  'Sterling Cooper', 'Prestige Worldwide', 'Blue Sun', 'Weyland', 'Nakatomi', 'Oscorp', 'Zorg', 'Virtucon',
] as const;

export const companySuffixes = ['Inc.', 'LLC', 'Ltd', 'GmbH', 'S.A.', 'Corp', 'Group', 'Holdings', 'Labs', 'Partners'] as const;

export const jobTitles = [
  'CEO', 'CTO', 'CFO', 'VP Sales', 'VP of Marketing', 'Head of Operations', 'Account Executive', 'Sales Manager',
  'Software Engineer', 'Product Manager', 'Data Analyst', 'Office Manager', 'Procurement Lead', 'IT Director',
  'Customer Success Manager', 'Founder', 'Consultant', 'Marketing Coordinator', 'Controller', 'Buyer',
] as const;

export const lifecycleStages = [
  'subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer', 'evangelist', 'other',
] as const;

export const mailDomains = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'example.org', 'fastmail.com'] as const;

export const industries = [
  'COMPUTER_SOFTWARE', 'RETAIL', 'FINANCIAL_SERVICES', 'HOSPITAL_HEALTH_CARE', 'CONSTRUCTION', 'LOGISTICS_AND_SUPPLY_CHAIN',
  'MARKETING_AND_ADVERTISING', 'EDUCATION_MANAGEMENT', 'FOOD_BEVERAGES', 'TELECOMMUNICATIONS', 'AUTOMOTIVE', 'INSURANCE',
] as const;

export const places = [
  { city: 'San Francisco', country: 'United States', code: 'US', postal: '94105' },
  { city: 'New York', country: 'United States', code: 'US', postal: '10001' },
  { city: 'Austin', country: 'United States', code: 'US', postal: '73301' },
  { city: 'Toronto', country: 'Canada', code: 'CA', postal: 'M5H 2N2' },
  { city: 'London', country: 'United Kingdom', code: 'GB', postal: 'EC1A 1BB' },
  { city: 'Berlin', country: 'Germany', code: 'DE', postal: '10115' },
  { city: 'München', country: 'Germany', code: 'DE', postal: '80331' },
  { city: 'Paris', country: 'France', code: 'FR', postal: '75001' },
  { city: 'Amsterdam', country: 'Netherlands', code: 'NL', postal: '1012 JS' },
  { city: 'São Paulo', country: 'Brazil', code: 'BR', postal: '01000-000' },
  { city: 'Tokyo', country: 'Japan', code: 'JP', postal: '100-0001' },
  { city: 'Sydney', country: 'Australia', code: 'AU', postal: '2000' },
  { city: 'Dublin', country: 'Ireland', code: 'IE', postal: 'D02 X285' },
  { city: 'Lagos', country: 'Nigeria', code: 'NG', postal: '100001' },
] as const;

export const streets = ['Market St', 'Main Street', 'High St', 'Hauptstraße', 'Rue de Rivoli', 'King St W', 'Elm Avenue', 'Harbour Rd'] as const;

export const products = ['Platform licence', 'Onboarding', 'Support plan', 'Consulting days', 'Hardware kit', 'Training seats', 'API add-on'] as const;

export const dealStages = [
  'appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'closedwon', 'closedlost',
] as const;

export const currencies = ['USD', 'EUR', 'GBP', 'CAD'] as const;
