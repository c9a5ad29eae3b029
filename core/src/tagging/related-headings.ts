/**
 * Headings that introduce a block of links to other pages rather than the page's own content:
 * "Explore More", "Related articles", "See also", «À lire aussi», «Te puede interesar»,
 * «Читайте также», «اقرأ أيضا» … The block a heading like this heads is navigation, whatever
 * words its links hold (reader-mode tools drop these blocks the same way).
 *
 * Only a whole heading counts (punctuation around it aside): "More refugees arrived in 2023"
 * is a headline, not a "More" block.
 */
import { normalizeText } from "../text/normalize";

/** Whole headings, accents and case folded as normalizeText folds them. */
const RELATED_HEADINGS = [
  // en
  "explore more",
  "explore",
  "more",
  "more (?:stories|articles|news|posts|videos|reading|on this|on this topic|from [a-z ]{1,30}|in [a-z ]{1,30}|like this)",
  "related",
  "related (?:articles?|stories|posts|content|links|news|reading|topics|coverage|pages)",
  "see also",
  "read (?:more|also|next)",
  "also read",
  "further reading",
  "you (?:may|might) (?:also )?(?:like|be interested in|have missed)",
  "recommended(?: for you| reading| stories| articles)?",
  "most (?:read|popular|viewed|shared|commented)",
  "trending(?: now| stories)?",
  "popular(?: now| stories| articles)?",
  "latest(?: news| stories| articles| posts)?",
  "top stories",
  "other (?:news|articles|stories|posts|news articles|news stories)",
  "topics",
  "tags",
  // fr
  "a lire aussi",
  "lire aussi",
  "a lire egalement",
  "voir aussi",
  "a voir aussi",
  "sur le meme (?:sujet|theme)",
  "dans la meme rubrique",
  "les plus lus",
  "les plus partages",
  "a decouvrir(?: aussi| egalement)?",
  "articles? (?:lies|similaires|recommandes)",
  "plus d articles",
  "nos (?:dernieres infos|derniers articles)",
  "les dernieres infos",
  "autres (?:articles|actualites|infos)",
  // es
  "lea tambien",
  "lee tambien",
  "ver tambien",
  "(?:tambien )?te puede interesar",
  "(?:tambien )?le puede interesar",
  "noticias relacionadas",
  "articulos relacionados",
  "relacionad[oa]s",
  "lo mas (?:leido|visto)",
  "mas (?:leidas?|vistas?|noticias|populares)",
  "ultimas noticias",
  "otras noticias",
  "otros articulos",
  "temas",
  // ru
  "читайте также",
  "смотрите также",
  "см также",
  "похожие (?:новости|статьи|материалы|публикации)",
  "другие (?:новости|статьи|материалы)",
  "еще по теме",
  "по теме",
  "самое (?:читаемое|популярное)",
  "популярное",
  "последние новости",
  "теги",
  // ar, as normalizeText folds it (hamza seats to alef, taa marbuta to haa, no tanween)
  "اقرا ايضا",
  "شاهد ايضا",
  "(?:اخبار|مواضيع|مقالات) ذات صله",
  "ذات صله",
  "الاكثر (?:قراءه|مشاهده)",
  "المزيد",
  "(?:اخبار|مقالات) اخري",
  // ro
  "citeste si",
  "vezi si",
  "articole (?:similare|asemanatoare)",
  "cele mai citite",
  "alte (?:stiri|articole)",
  // sr (Latin and Cyrillic)
  "procitajte (?:jos|i)",
  "povezane vesti",
  "najcitanije",
  "(?:ostale|druge) vesti",
  "(?:остале|друге) вести",
  "прочитајте (?:још|и)",
  "повезане вести",
  "најчитаније",
];

const RELATED_HEADING_RE = new RegExp(`^(?:${RELATED_HEADINGS.join("|")})$`, "u");

/** Headings longer than this are headlines, never a block's label. */
const MAX_HEADING_CHARS = 40;

/** True when a heading's text labels a block of links to other pages. */
export function isRelatedHeading(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS * 2) return false;
  const norm = normalizeText(text);
  return norm.length <= MAX_HEADING_CHARS && RELATED_HEADING_RE.test(norm);
}
