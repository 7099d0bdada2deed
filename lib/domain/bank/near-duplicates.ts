// Near-duplicate stems. Two questions that share a scenario opening word for word but ask
// different things are fine (authors reuse scenarios on purpose), so the sentences both stems
// contain verbatim are set aside and only what differs is compared: if that is a paraphrase, the
// pair is flagged. Words are compared as character trigrams so that "scale"/"scaling" and
// "app"/"apps" still match.

export type NearDuplicate = { a: string; b: string; similarity: number };

/** Flags reworded copies (≈0.85–1) but not a shared opening with a different ask (≈0.2–0.6); see the tests for both. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

const STOPWORDS = new Set(
  ("a an the and or of to in on for with by at from into is are be been being was were it its this that these those there " +
    "you your we our they their should must will would can could may might which what how do does did as each if then than so " +
    "has have had i me my he she his her them us").split(" "),
);
/** How many of a stem's rarest words and word pairs are used to find candidate pairs. */
const CANDIDATE_KEYS = 8;
const MAX_POSTINGS = 200;

/** Sparse trigram counts, ids ascending: a merge walk compares two of them without hashing strings. */
type Vector = { ids: Int32Array; counts: Int32Array; norm: number };
type Prepared = { id: string; sentences: string[]; sentenceSet: Set<string>; words: string[]; vector: Vector };

function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOPWORDS.has(word));
}

function prepare(id: string, text: string): Prepared {
  const sentences = units(text)
    .map((unit) => words(unit).join(" "))
    .filter(Boolean);
  return { id, sentences, sentenceSet: new Set(sentences), words: sentences.join(" ").split(" ").filter(Boolean), vector: trigramVector(sentences) };
}

/**
 * Prose splits into sentences (a line break inside a paragraph is only the author's wrapping);
 * a fenced code block splits into lines, so two stems showing similar code differ only by the
 * lines that differ.
 */
function units(text: string): string[] {
  const result: string[] = [];
  text.split(/^(```[^\n]*\n[\s\S]*?^```)\s*$/m).forEach((part, i) => {
    if (i % 2 === 1) result.push(...part.split("\n").slice(1, -1));
    else for (const paragraph of part.split(/\n\s*\n/)) result.push(...paragraph.replace(/\s+/g, " ").split(/(?<=[.?!])\s+/));
  });
  return result;
}

/** Words hold only a–z and 0–9 (see `words`), so with the space a trigram is a number below 37³. */
function symbol(code: number): number {
  return code === 32 ? 0 : code <= 57 ? code - 47 : code - 86;
}

function trigramVector(sentences: readonly string[]): Vector {
  const grams: number[] = [];
  for (const sentence of sentences) {
    const padded = ` ${sentence} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      grams.push(symbol(padded.charCodeAt(i)) * 1369 + symbol(padded.charCodeAt(i + 1)) * 37 + symbol(padded.charCodeAt(i + 2)));
    }
  }
  grams.sort((x, y) => x - y);
  const ids: number[] = [];
  const counts: number[] = [];
  for (const gram of grams) {
    if (ids.at(-1) === gram) counts[counts.length - 1]! += 1;
    else {
      ids.push(gram);
      counts.push(1);
    }
  }
  return { ids: Int32Array.from(ids), counts: Int32Array.from(counts), norm: Math.sqrt(counts.reduce((sum, c) => sum + c * c, 0)) };
}

function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.counts[i++]! * b.counts[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/**
 * Below this whole-stem cosine, two stems are not compared further. Verbatim shared sentences
 * only raise the whole-stem cosine, so a pair whose differing parts are paraphrases stays above it
 * unless those parts differ greatly in length.
 */
const WHOLE_STEM_FLOOR = 0.5;

function similarityOf(a: Prepared, b: Prepared): number {
  const whole = cosine(a.vector, b.vector);
  if (whole < WHOLE_STEM_FLOOR) return whole;
  const onlyA = a.sentences.filter((sentence) => !b.sentenceSet.has(sentence));
  const onlyB = b.sentences.filter((sentence) => !a.sentenceSet.has(sentence));
  if (onlyA.length === 0 && onlyB.length === 0) return 1;
  // Nothing shared, or one stem is the other plus a sentence or two: compare them whole.
  if (onlyA.length === a.sentences.length || onlyA.length === 0 || onlyB.length === 0) return whole;
  return cosine(trigramVector(onlyA), trigramVector(onlyB));
}

/** Similarity of two stems from 0 (unrelated) to 1 (the same sentences). */
export function stemSimilarity(a: string, b: string): number {
  return similarityOf(prepare("a", a), prepare("b", b));
}

/**
 * Pairs of stems at or above `threshold`. Only pairs that share one of either stem's rarest words
 * or word pairs are compared, and keys common to more than MAX_POSTINGS stems are no evidence of
 * anything, so a bank of thousands of questions is never compared pair by pair.
 */
export function findNearDuplicates(items: readonly { id: string; text: string }[], threshold = NEAR_DUPLICATE_THRESHOLD): NearDuplicate[] {
  const prepared = items.map((item) => prepare(item.id, item.text));
  const keysOf = prepared.map((item) => new Set([...item.words, ...item.words.slice(1).map((word, i) => `${item.words[i]} ${word}`)]));
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, index) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const frequency = (key: string) => postings.get(key)?.length ?? 0;
  const rarest = keysOf.map((keys) => {
    const usable = [...keys].filter((key) => frequency(key) <= MAX_POSTINGS);
    const byRarity = (list: string[]) => list.sort((x, y) => frequency(x) - frequency(y)).slice(0, CANDIDATE_KEYS / 2);
    return [...byRarity(usable.filter((key) => !key.includes(" "))), ...byRarity(usable.filter((key) => key.includes(" ")))];
  });

  const pairs: NearDuplicate[] = [];
  prepared.forEach((item, i) => {
    const seen = new Set<number>();
    for (const key of rarest[i]!) {
      for (const j of postings.get(key)!) {
        if (j === i || seen.has(j)) continue;
        seen.add(j);
        // A pair is compared once: by the earlier stem, unless only the later one's keys found it.
        if (j < i && rarest[j]!.some((other) => keysOf[i]!.has(other))) continue;
        const [first, second] = i < j ? [item, prepared[j]!] : [prepared[j]!, item];
        const similarity = similarityOf(first, second);
        if (similarity >= threshold) pairs.push({ a: first.id, b: second.id, similarity: Math.round(similarity * 1000) / 1000 });
      }
    }
  });
  pairs.push(...identicalPairs(prepared, keysOf, rarest));
  return pairs.sort((x, y) => y.similarity - x.similarity || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Identical stems whose every key is too common to find them (a stem pasted many times). */
function identicalPairs(prepared: Prepared[], keysOf: Set<string>[], rarest: string[][]): NearDuplicate[] {
  const groups = new Map<string, number[]>();
  prepared.forEach((item, i) => {
    if (rarest[i]!.length > 0 || keysOf[i]!.size === 0) return;
    const key = [...item.sentenceSet].sort().join("\n");
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const pairs: NearDuplicate[] = [];
  for (const group of groups.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) pairs.push({ a: prepared[group[x]!]!.id, b: prepared[group[y]!]!.id, similarity: 1 });
    }
  }
  return pairs;
}
