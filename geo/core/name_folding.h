#pragma once
// Search keys for place names written in French, English, Turkish or Arabic script.
//
// The same town reaches the viewer under many spellings: "Saraqeb" (AFP, French), "Saraqib" (GeoNames, OSM),
// "Sarāqib" (ALA-LC with macrons), "سراقب" (Arabic), and Arabic itself under hamza and ta-marbuta variants
// ("إدلب" / "ادلب"). Two keys are derived from a name:
//
// foldName() is the strict key: two spellings that differ only in how they are typed, not in their letters.
//   Latin script
//   - case (Unicode case folding; Turkish dotted and dotless i both become "i");
//   - accents and transliteration diacritics: the name is decomposed (NFKD) and every combining mark dropped,
//     so é → e, ā → a, ḩ → h, ḑ → d, ş → s, z̧ → z; a few letters without a decomposition are mapped by hand
//     (ı → i, ø → o, ł → l, đ → d, ß → ss, æ → ae, œ → oe);
//   - the signs used for ayn and hamza and for elision (' ’ ‘ ` ´ ʿ ʾ ʼ ʻ) are removed, because sources write
//     "Ma'arrat", "Ma‘arrat" and "Maarrat" for the same letters;
//   - hyphens, dots, commas and any other punctuation or symbol become a space, and runs of spaces collapse;
//   - the Arabic definite article written as a separate word ("al-", "el-", "Al ") and its sun-letter
//     assimilations ("an-", "ash-", "as-", "ad-", "at-", "az-", "ar-", "ath-", "adh-" and the French "ech-",
//     "es-", "et-", "ed-", "en-", "er-", "ez-") is dropped, since one source writes "Jisr ash-Shughur",
//     another "Jisr al-Shughur", a third "Jisr Shughur". Only a whole word is an article, and never the last
//     word of a name (a trailing "al" is a typing prefix of the next word, and a one-word name keeps its only
//     word).
//   Arabic script
//   - harakat, tanwin, shadda, sukun, superscript alef and tatweel are dropped (decomposition does most of
//   it);
//   - alef with hamza or madda (أ إ آ) and alef wasla (ٱ) become bare alef ا; ؤ → و, ئ → ي (their hamza is a
//     combining mark after decomposition); ta marbuta ة → ه; alef maqsura ى → ي; Persian kaf and yeh →
//     Arabic;
//   - the article "ال" at the start of a word is dropped when at least two letters remain ("اللاذقية" and
//     "لاذقية" both name Latakia).
//
// skeletonKey() is the loose key: a consonant skeleton of the folded name, unifying transliteration systems.
//   Latin words are rewritten (ch → sh as in French "Cheikh", dj → j, tch → ch, q → k, c → k, ck → k, x → ks,
//   ph → f, gh → g, th → t, dh → d, initial ou+vowel → w), doubled letters collapse (gemination is written or
//   not: "Maarrat" / "Maarat"), a final h after a vowel is dropped (ta marbuta: "Arihah" / "Ariha"), and then
//   every vowel is dropped except that a word starting with a vowel keeps one "a" marking it (so "Idlib" and
//   "Idleb" give "adlb", "Ain" and "Ayn" give "an", but "Ariha" does not lose its first letter). y and w
//   count as consonants only before a vowel ("Shaykhun" / "Sheikhoun", "Zaytā" / "Zita"). Words are then
//   joined without spaces ("Kafr Nabl" / "Kafranbel", "Ma‘arratmişrīn" / "Maarrat Misrin"). Arabic words keep
//   their folded letters, lose hamza on the line (ء), write a final ا as ه (the ta marbuta ending is spelt
//   both ways: "كفر زيتا" / "كفر زيتة"), and are joined the same way. Consonants are never merged with one
//   another beyond those digraphs, so distinct places stay apart: Sarmin "srmn" / Saraqib "srkb", Hama "hm" /
//   Homs "hms" / Harim "hrm", Ariha "arh", Binnish "bnsh". Different villages can still share a skeleton
//   (vowels carry meaning); the gazetteer ranks skeleton hits below exact and prefix hits for that reason.

#include <QString>

namespace geo {

// The strict search key described above; empty for a name without letters or digits.
QString foldName(const QString& name);

// The loose consonant-skeleton key described above (computed from foldName()); may be empty.
QString skeletonKey(const QString& name);

// The same skeleton for a string that is already the output of foldName() (saves folding twice).
QString skeletonOfFolded(const QString& folded);

// True when WORD, already folded, is one of the Latin article forms that foldName() drops before another
// word.
bool isLatinArticle(const QString& word);

// True when NAME contains at least one letter of the Arabic script.
bool hasArabicLetters(const QString& name);

} // namespace geo
