import type { DataType } from '../types';

/**
 * Words that name a kind of personal data, English and Arabic (vocabulary from reporting, see
 * ../shared/facts/data_phrases.md §5). Any of them also counts as "data" for the action cues.
 */
export const DATA_TYPE_CUES: Readonly<Record<Exclude<DataType, 'other'>, readonly string[]>> = {
  financial: [
    '(card|credit card|debit card|bank card|payment card) (transactions|numbers|data|details|information)',
    '(account|checking account|checking-account|bank account) (balances|numbers|information|details)',
    '(financial|banking|transaction|payment) (data|information|details|records|transactions)',
    'card transactions',
    'credit and debit cards',
    'payment (method|methods|details)',
    '(spending|income|salary)',
    'how you spend',
    'transactions',
    // With a possessive suffix too (معلوماتك، بياناتهم: "your/their information"), and تفاصيل ("details").
    '(بيانات%|معلومات%|تفاصيل) … (ماليه|الماليه|المصرفيه|مصرفيه|البنكيه|بنكيه|الائتمانيه)',
    '(البيانات|المعلومات) (الماليه|المصرفيه|البنكيه|الائتمانيه)',
    '(بطاقات|بطاقه|بطاقاتهم|بطاقتها) (الائتمان|الائتمانيه|ائتمانيه|البنكيه|بنكيه)',
    '(ارصده|رصيد) (ال)?حسابات',
    '(معاملات|تعاملات|المعاملات) … (البطاقات|بطاقات|الماليه|مصرفيه)',
    '(الحسابات|حسابات) (البنكيه|المصرفيه)',
    '(تنفق|ينفق) (مالك|اموالك|المال)',
  ],
  location: [
    '(location|geolocation|gps|whereabouts|movements|trip data|driving behavior|driving behaviour)',
    'where you go',
    'location (data|history|information)',
    '(موقع|مواقع) (المستخدمين|الجغرافي|الجغرافيه|ك|هم)',
    '(مكانك|مكانهم|موقعك|موقعهم|مواقعهم|تحركات+|تحديد المواقع|تحديد الموقع|سلوك القياده|سلوك السائقين)',
    'الي اين (تذهب|يذهب)',
  ],
  contacts: [
    '(contacts|contact list|contact lists|address book|address books|contact information|contact details|list of contacts|phone numbers|email addresses|friends list)',
    '(جهات الاتصال|قائمه الاتصال|ارقام الهواتف|ارقام هواتف|رقم الهاتف|عناوين البريد)',
    'بيانات الاتصال',
    'الي من تتحدث',
  ],
  health: [
    '(health|medical|hiv|pregnancy|period (tracking|tracker|data)|prescriptions|prescription (data|history|records)|diagnos%|patient%|mental health|hospital%|clinic%|lab results|doctor%|medication%)',
    '(الصحيه|صحيه|الطبيه|طبيه|المرضي|الصحه|الحمل|الادويه|ادويه|الوصفات|المستشفي|المستشفيات|الرعايه الصحيه|السجلات الصحيه)',
  ],
  biometric: [
    '(biometric%|facial recognition|face recognition|faceprint%|fingerprint%|facial geometry|palm|palms|voiceprint%|face scan%|iris)',
    '(البيومتريه|بيومتريه|البيومتري|التعرف علي الوجه|بصمه الوجه|بصمات|صور الوجه|صور وجوه|بصمه)',
  ],
  browsing: [
    '(browsing|browser history|web history|search history|searches|clicks|cookies|pixel%)',
    '(web|app|online) (activity|traffic)',
    'websites? (you|they|people) visit',
    'articles (i|you|they) (was|were|are|am) reading',
    'what (you|they) read',
    '(التصفح|تصفح|سجل البحث|سجل الويب|المواقع الالكترونيه|مواقع الويب|نشاط تصفح|الذين يزورون|يزورون|بكسل|بيكسل)',
  ],
  messages: [
    '(private messages|messages|texts|emails|chats|dms|message content)',
    '(الرسائل|رسائل|محادثات+|المحادثه|محادثه|الدردشات|دردشات)',
  ],
  audio_video: [
    '(recordings|recording|footage|videos|video|clips|camera|doorbell|microphone|conversations|photos|images)',
    // Alone, "audio" and "voice" are mostly equipment and features (audio signals, voice control).
    '(audio|voice) (recordings|recording|clips|snippets|data|files|messages|commands|samples)',
    '(recorded|record) (audio|voice|voices)',
    '(تسجيلات+|التسجيلات|صوتي+|الصوت|لقطات|مقاطع|فيديو|الفيديو|الكاميرا|كاميرا|الميكروفون|مايكروفون|صور)',
  ],
  identity: [
    '(social security|dates? of birth|birth dates?|names|home address%|passport%|identity|internet protocol addresses|personally identifiable|phone number|email address)',
    "driver's licen[cs]e%",
    'id documents',
    'ip address%',
    '(هويتك|هويه|الهويه|الاسماء|العناوين|تواريخ الميلاد|تاريخ الميلاد|رقم الهاتف|ارقام الهواتف|ارقام هواتف|عناوين البريد|ايميلات+|البريد الالكتروني|جواز|الضمان الاجتماعي|رخصه القياده)',
  ],
  purchase: [
    '(purchase%|shopping|order history|receipts|offline (sales|spending|revenue))',
    'in-store (purchases|sales|spending)',
    'what (they|you) (bought|ordered)',
    '(مشتريات+|عادات التسوق|عادات الشراء|مبيعات المتاجر|الطلبات السابقه)',
  ],
};

/** Generic words for personal data (the type "other" when nothing more specific is named). */
export const DATA_NOUN_CUES: readonly string[] = [
  '(data|datasets?|information|info|details|records|profile|profiles|metadata|identifiers|pii|user data|personal data)',
  '(بيانات+|البيانات|معلومات+|المعلومات|تفاصيل|سجلات|البيانات الوصفيه|ملفات تعريف)',
];
