/**
 * Which words count as terms for the summariser: not stop words (words too common to say what a text is
 * about), Arabic words without their glued-on prefix. Lists are written in ordinary spelling; comparisons use
 * the form `normalize` gives, so whatever the normaliser folds (hamza forms, tā' marbūṭa, case, diacritics)
 * the lists follow without edits.
 */
import { normalize } from './normalize';

/** English function words and very common verbs. */
export const ENGLISH_STOP_WORDS: readonly string[] = `
a about above after again against all almost also although always am among an and another any anyone anything
are around as at be became because become been before being below between both but by can cannot could did do
does doing done down during each either else even ever every few for from further get gets got had has have
having he her here hers herself him himself his how however i if in into is it its itself just least less
let like made make many may me might more most much must my myself neither no nor not now of off often on once
one only or other others our ours ourselves out over own per perhaps put rather really said same say says see
seen several shall she should since so some something still such than that the their theirs them themselves
then there these they this those though through thus to too toward towards under until up upon us use used
very via was we well were what when where whether which while who whom whose why will with within without
would yet you your yours yourself yourselves s t don didn doesn isn wasn aren weren won wouldn couldn shouldn
ll re ve d m o mr mrs ms according told new first two three
`
  .split(/\s+/)
  .filter(Boolean);

/** Arabic particles, pronouns, demonstratives, relatives and auxiliaries (Modern Standard Arabic). */
export const ARABIC_STOP_WORDS: readonly string[] = `
في من إلى الى على عن مع عند عندما منذ مذ بعد قبل خلال حيث حين بين لدى لدي ضمن عبر حول دون تحت فوق أمام وراء
نحو حتى إذا اذا إذ اذ إن ان أن إنه انه أنه إنها انها أنها لأن لان لكن لكنه لكنها ولكن بل ثم أو او أم ام أي اي
أيضا ايضا أيضاً ايضاً كما كذلك لذلك لذا هكذا هذا هذه هذان هاتان هؤلاء ذلك ذلكم تلك أولئك اولئك هناك هنا هنالك
الذي التي الذين اللذين اللتين اللاتي اللواتي الذى التى ما ماذا متى أين اين كيف لماذا لم لن لا ليس ليست ليسوا
قد لقد سوف هل كل كلا بعض غير سوى إلا الا فقط جدا جداً مثل ذات ذو ذي أكثر اكثر أقل اقل الآن الان كان كانت كانوا
يكون تكون يكونوا أصبح اصبح أصبحت اصبحت صار صارت مازال ما زال لايزال يمكن هو هي هم هن هما أنا انا نحن أنت انت
أنتم انتم أنتن انتن فيه فيها فيهم منه منها منهم عليه عليها عليهم إليه اليه إليها اليها إليهم اليهم به بها بهم
له لها لهم عنه عنها عنهم معه معها معهم وفي ومن وإلى وعلى وعن ومع وهو وهي وهم وهذا وهذه وذلك وكان وكانت وقد
ولا ولم ولن وما وأن وان وإن فإن فان فقد فلا بأن بان كأن كان لأنه لانه إذن اذن يا أمس الذي قال قالت وقال
وقالت يقول تقول أحد احد إحدى احدى
`
  .split(/\s+/)
  .filter(Boolean);

let stopSet: Set<string> | undefined;

/** Folds a token the way the summariser compares words: the normaliser's form, in lower case. */
export function foldWord(word: string): string {
  return normalize(word).text.toLowerCase();
}

/** Whether `token` (already in normalised, lower-case form) is an Arabic or English stop word. */
export function isStopWord(token: string): boolean {
  // Built on first use: the normaliser is another module and must be loaded before it can fold the lists.
  stopSet ??= new Set([...ENGLISH_STOP_WORDS, ...ARABIC_STOP_WORDS].map(foldWord));
  return stopSet.has(token);
}

// Longest first, so that `وال` is stripped whole rather than as `و`.
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'ال', 'لل', 'و', 'ف', 'ب', 'ل'];

/**
 * Light Arabic stemming: strips one conjunction/preposition/article prefix when at least three letters remain
 * (`والبيانات` → `بيانات`). Words that merely start with those letters lose one too (`بيانات` → `يانات`);
 * for term weights that costs a little recall, never a wrong sentence.
 */
export function stripArabicPrefix(word: string): string {
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) return word.slice(prefix.length);
  }
  return word;
}

function isArabicLetter(code: number): boolean {
  return code >= 0x0600 && code <= 0x06ff;
}

/**
 * The term a normalised token counts as: lower case, Arabic prefix stripped; null for stop words (before or
 * after stripping: `وهذا` is `هذا`), numbers and single letters.
 */
export function termOf(token: string): string | null {
  const lower = token.toLowerCase();
  if (lower.length < 2 || isStopWord(lower) || !/\p{L}/u.test(lower)) return null;
  if (!isArabicLetter(lower.charCodeAt(0))) return lower;
  const stem = stripArabicPrefix(lower);
  return isStopWord(stem) ? null : stem;
}
