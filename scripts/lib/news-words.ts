/**
 * The words of generated news: headline actors, verbs and topic subjects, summary material,
 * names and sources. Topic ids in SUBJECTS are those of the bundled dataset.
 */

export const REGIONS = [
  'Baltic',
  'Black Sea',
  'Arctic',
  'Balkan',
  'Caspian',
  'Nordic',
  'Central Asian',
];
export const CITIES = [
  'Geneva',
  'Vienna',
  'Helsinki',
  'Istanbul',
  'Brussels',
  'Warsaw',
  'Minsk',
  'Oslo',
];
export const CAPITALS = [
  'Moscow',
  'Washington',
  'Kyiv',
  'Berlin',
  'Paris',
  'London',
  'Ankara',
  'Beijing',
];
export const SYRIAN_CITIES = ['Aleppo', 'Idlib', 'Homs', 'Raqqa', 'Deir ez-Zor', 'Damascus'];
export const GOODS = [
  'microchips',
  'machine tools',
  'aircraft parts',
  'fertilizer',
  'dual-use goods',
];
export const TARGETS = [
  'state banks',
  'oligarchs',
  'defense firms',
  'shipping companies',
  'officials',
];

/** Headline subjects, all singular so that every verb agrees. */
export const ACTORS = [
  'Senate panel',
  'House committee',
  'White House',
  'Kremlin',
  'Pentagon',
  'State Department',
  'Treasury',
  'European Commission',
  'Security Council',
  'Foreign minister',
  'Prime minister',
  'Opposition leader',
  'Election commission',
  'Defense ministry',
  'Parliament',
  'Moscow',
  'Washington',
  'Kyiv',
  'Brussels',
  'Intelligence chief',
  'Top diplomat',
  'Supreme Court',
];

export const VERBS = [
  'delays vote on',
  'backs',
  'rejects',
  'condemns',
  'weighs',
  'announces',
  'expands',
  'eases',
  'tightens',
  'defends',
  'questions',
  'signals support for',
  'calls for review of',
  'pushes back on',
  'warns over',
  'opens inquiry into',
  'moves to block',
  'quietly drops',
  'renews push for',
  'sets deadline for',
];

/** Topic-specific noun phrases; `{region}` and friends are filled in from the lists above. */
export const SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  sanctions: [
    '{region} energy sanctions',
    'export controls on {goods}',
    'asset freezes on {targets}',
    'sanctions relief for {capital}',
    'new penalties on {targets}',
    'oil price cap',
    'banking restrictions',
  ],
  elections: [
    'vote-count audit',
    'foreign interference probe',
    'campaign finance rules',
    'early election plan',
    'ballot access ruling',
    'runoff schedule',
    'voter roll review',
  ],
  nato: [
    'eastern flank deployment',
    '{region} air policing mission',
    'alliance spending targets',
    'membership bid',
    'joint exercises near {city}',
    'missile defense plan',
  ],
  syria: [
    'ceasefire talks in {city}',
    'aid corridor to {syrianCity}',
    'airstrikes near {syrianCity}',
    'troop withdrawal from northern Syria',
    'chemical weapons inquiry',
  ],
  ukraine: [
    'military aid for Kyiv',
    'grain export deal',
    'gas transit agreement',
    'reconstruction fund',
    'prisoner exchange',
    'security guarantees for Ukraine',
  ],
  intelligence: [
    'report on election hacking',
    'surveillance powers',
    'spy swap',
    'leak investigation',
    'cyberattack attribution',
    'briefing on foreign threats',
  ],
  diplomacy: [
    'summit with {capital}',
    'ambassador recall',
    'arms control treaty',
    'back-channel talks',
    'consulate closures',
    'peace framework',
  ],
  praise: [
    'remarks praising Putin',
    'warm words for the Kremlin',
    'call to readmit Russia to G8',
    'praise for strongman rule',
    'flattering Putin interview',
  ],
};

/** Bodies whose "officials" can speak in a summary (headline actors such as "Kyiv" cannot). */
export const INSTITUTIONS = [
  'Kremlin',
  'White House',
  'Pentagon',
  'State Department',
  'Treasury',
  'European Commission',
  'NATO',
  'United Nations',
];

export const QUALIFIERS = [
  'amid growing pressure',
  'after talks in {city}',
  'as deadline nears',
  'ahead of summit',
  'despite objections',
  'in surprise move',
  'after closed-door briefing',
  'as allies split',
  'for second time this year',
  'under pressure from allies',
];

export const ISSUES = [
  'energy dependence',
  'election security',
  'arms control',
  'cyber operations',
  'refugee flows',
  'frozen assets',
  'troop levels',
  'press freedom',
];

export const THINK_TANKS = [
  'the Atlantic Council',
  'Chatham House',
  'the Carnegie Endowment',
  'the Brookings Institution',
  'the International Crisis Group',
];

export const ASSETS = [
  'the ruble',
  'European gas futures',
  'regional bond prices',
  'defense stocks',
];

export const FIRST_NAMES = [
  'Anna',
  'Mikhail',
  'Sarah',
  'James',
  'Olena',
  'Dmitri',
  'Maria',
  'Thomas',
  'Leila',
  'Pavel',
  'Catherine',
  'Andriy',
  'Elena',
  'Robert',
  'Ingrid',
  'Yusuf',
];
export const LAST_NAMES = [
  'Kovalenko',
  'Petrov',
  'Mitchell',
  'Hartmann',
  'Novak',
  'Sokolov',
  'Whitaker',
  'Lindqvist',
  'Haddad',
  'Morozova',
  'Brennan',
  'Shevchenko',
  'Dubois',
  'Alvarez',
  'Ivanova',
  'Kaplan',
];

export const SOURCES = [
  'Reuters',
  'The Associated Press',
  'The Washington Post',
  'The New York Times',
  'The Wall Street Journal',
  'Financial Times',
  'BBC News',
  'CNN',
  'Politico',
  'Bloomberg',
  'NPR',
  'Der Spiegel',
  'Le Monde',
  'Al Jazeera',
  'Kyiv Independent',
];

/** Quotable lines; each appears verbatim in its summary, as the format requires. */
export const QUOTE_LINES = [
  'We will not be intimidated by threats from anyone',
  'This is a decision that should have been made long ago',
  'Nobody in this room believes the problem is solved',
  'We have been clear about our red lines from the start',
  'He is a strong leader, far stronger than people here admit',
  'The door to dialogue remains open, but not indefinitely',
  'These measures stay in place until the behavior changes',
  'Getting along with them would be a good thing, not a bad thing',
];

/** What each `{placeholder}` in SUBJECTS and QUALIFIERS is drawn from. */
export const PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  region: REGIONS,
  city: CITIES,
  capital: CAPITALS,
  syrianCity: SYRIAN_CITIES,
  goods: GOODS,
  targets: TARGETS,
};
