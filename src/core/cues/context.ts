/** Words around a name or a cue that change what the sentence means (see classify.ts for their use). */
export type ContextKind =
  | 'negator'
  | 'ban'
  | 'cancel'
  | 'consent'
  | 'companyBefore'
  | 'companyAfter'
  | 'sense'
  | 'agent'
  | 'ref'
  | 'party'
  | 'platform'
  | 'modifierBefore'
  | 'modifierAfter'
  | 'toward'
  | 'from'
  | 'by'
  | 'speech'
  | 'source'
  | 'market'
  | 'example';

/** Context phrases per kind, English and Arabic, in the pattern language of `pattern.ts`. */
export const CONTEXT_CUES: Readonly<Record<ContextKind, readonly string[]>> = {
  negator: [
    "(not|never|no|nor|neither|none|cannot|can't|won't|don't|doesn't|didn't|haven't|hasn't|hadn't|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|couldn't|mustn't)",
    '=(لا|لم|لن|ليس|ليست|لسنا|مش|ولا|ولم|ولن|فلا|فلم)',
  ],
  ban: [
    '(prohibit%|forbid%|forbade|ban|bans|banned|bar|bars|barred|prevent%|block%)',
    '(تمنع|يمنع|منع+|تحظر|يحظر|حظر+)',
  ],
  cancel: ['(without|instead of|rather than)', '=(دون|بدون|عدم|وعدم|وبدون|ودون)'],
  consent: [
    '(consent%|agree%|opt%|permission%|approv%|knowledge|knowing|notice|notif%|warrant%|authori[sz]ation)',
    '(علم+|موافق+|اذن+|رضا+|معرفه+|اخطار+)',
  ],
  companyBefore: [
    '(company|companies|firm|giant|titan|rival|competitor|subsidiary|parent|owner|owned by|acquired by|ceo of|maker|app|platform|service|brand|retailer)',
    '=(شركه|شركة|لشركه|بشركه|وشركه|شركات|شركتي|منصه|لمنصه|منصات|منصتي|موقع|موقعي|تطبيق|تطبيقات|مجموعه|عملاق|عملاقه|خدمه|متجر|مؤسسه|بنك|مصرف)',
  ],
  companyAfter: [
    '(inc|corp|co|ltd|llc|plc|said|says|told|announced|spokes%|ceo|executive%|employee%|app|apps|store|pay|prime|account%|platform|stock|shares|declined|refused|confirmed|launched|admitted|acknowledged|disclosed|did not|bought|acquired|partnered|suspended|formerly|previously known|one|web services|music|watch|tv|cloud|echo|pixel|quest|ads)',
    '(الامريكيه|الامريكي|الصينيه|الصيني|انترناشيونال|العملاقه|للتكنولوجيا|للتواصل)',
  ],
  sense: [
    '(fruit%|juice|pie|pies|tree|trees|orchard%|eat|eating|snack%|fiber|fibre|vitamin%|calorie%|nutrition%|healthy|healthiest|antioxidant%|cider|river|rainforest|basin|jungle|forest%|tribe%|warrior%|delta|seeds?)',
    '(نهر|انهار|غابات|غابه|فاكهه|فواكه|التفاح|تفاح+|عصير|حوض|المحيط)',
  ],
  agent: [
    '(hackers?|attackers?|cybercriminals?|criminals?|thieves|scammers?|you|users?|people|customers?|consumers?|researchers?|journalists?|advertisers?|developers?|activists?|lawmakers|regulators?|officials?|third-party apps|your (app|apps|browser|phone|device))',
    '(الهاكرز|المخترقين|قراصنه|المستخدمين|المستخدمون|المعلنين|الشركات المعلنه|الشرطه|السلطات|الباحثين|انت|انتم)',
  ],
  ref: [
    '(it|they|we|which|who|the (company|firm|giant|titan|social network|platform|site|service|tech giant|social media titan|social media giant|search giant|internet giant)|tech giant)',
    '=(الشركه|الشركة|المنصه|الموقع|التطبيق|الخدمه|التي|الذي|اللي|والتي|والذي|عملاقه|عملاق|هي|هو)',
  ],
  party: [
    '(banks?|financial (services )?(institutions|companies|firms)|insurers?|insurance companies|advertisers?|third part(y|ies)|third-party (vendors|companies|apps|developers)|vendors?|partners?|app developers|developers|data brokers?|brokers?|police|police officers|law enforcement|authorities|government%|military|army|contractors?|researchers?|political consultancy|hospitals?|pharmacies|pharmacy websites)',
    '(البنوك|بنوك|بنك|المصارف|مصارف|مصرف|شركات التامين|المعلنين|الشركات المعلنه|طرف ثالث|اطراف ثالثه|اطراف اخري|اطراف خارجيه|الشرطه|السلطات|الحكومه|الجيش|الشركاء|شركاء|وسطاء البيانات|المستشفيات|الصيدليات)',
  ],
  platform: [
    '(on|via|through|across|onto|on its|on their|from its|in the|posted to)',
    '=(علي|عبر|في|من خلال|منصه|منصات|منصتي|منصتي|موقع|موقعي|مواقع|شبكه|صفحه|صفحات|حساب|حسابات|قناه)',
  ],
  modifierBefore: ['(non|non-)', '=(مستخدمي|مستخدمو|ومستخدمي|لمستخدمي|حسابات|حساب|صفحه|منشورات|متابعي|شعار)'],
  modifierAfter: [
    "(users?|user's|users'|accounts?|profile%|page%|feed%|posts?|groups?|friends|live|stories|story|pixel|like button|buttons?|login|sign-in|ids?|connect|sdk|tool)",
    '(مستخدم+)',
  ],
  toward: ['(to|with|into|towards|servers of)', '=(الي|مع|لصالح|خوادم|سيرفرات)'],
  from: ['(from|off)', '=(من|عن)'],
  by: ['by', '(من قبل|بواسطه)'],
  speech: [
    '(said|says|told|stated|wrote|explained|added|according to|in a statement|spokes%)',
    '(قال+|قالت|اكد+|اكدت|اضاف+|اضافت|اعلن+|صرح+|بيان|ذكرت|اوضحت|زعمت)',
  ],
  source: ['(according to|citing|reported by)', '(وفقا ل|وفقا|بحسب|حسب|نقلا عن)'],
  market: [
    '(fell|rose|jumped|dropped|slid|climbed|gained|tumbled|surged|plunged|soared|traded|closed|price%|stock%|investors|percent|nasdaq|nyse)',
    '(اسهم|سهم|البورصه|بورصه)',
  ],
  example: ['(like|such as|including|includes|namely)', '(مثل|منها|بما في ذلك|بينها|ومنها)'],
};

/** A context kind as a small number: what the rules ask a sentence view for, word by word. */
export type ContextId = number & { readonly __brand: 'ContextId' };

/**
 * The id of each context kind. Rules name kinds through this table (`CONTEXT.party`): a property read the
 * engine resolves once, where a lookup by the kind's string at every question was 3% of detect() (measured).
 */
export const CONTEXT = Object.fromEntries(Object.keys(CONTEXT_CUES).map((kind, i) => [kind, i])) as Readonly<
  Record<ContextKind, ContextId>
>;
