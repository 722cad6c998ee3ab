#pragma once
// The words of a text for the annotation suggester (annotation_suggester.h): tokens with their folded keys
// and sentences, and an index of phrases matched on those keys, longest first. Private to geo/articles.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace geo::suggest {

struct Token {
    qsizetype from = 0; // UTF-16 range in the text
    qsizetype to = 0;
    QString key;         // foldName() of the token's text
    int sentence = 0;    // sentences counted from 0
    bool joined = false; // only spaces, hyphens or apostrophes since the previous token, in the same sentence
    bool arabic = false;
    bool upper = false;   // starts with an upper-case letter
    bool allCaps = false; // every letter upper case (and at least one letter)
    bool digits = false;  // only digits
};

// Splits TEXT into tokens: runs of letters, digits and combining marks. An apostrophe between letters stays
// in the word ("Ma'arrat"), except after a French elided word ("d'Idleb" gives "d" and "Idleb"); an English
// possessive "'s" is left out. Sentences end at . ! ? ؟ and line breaks (a dot between digits is no end).
// CANCELLED is polled now and then; the tokens so far come back when it says stop.
class Tokenizer {
public:
    QVector<Token> tokenize(const QString& text, const std::function<bool(qsizetype done)>& keepGoing = {});
    // The folded key of a word (cached: a text has far fewer distinct words than words).
    QString keyOf(const QString& word);
    // The keys of WORD with Arabic clitics peeled off: (code units skipped, key), the whole word first.
    const QVector<QPair<int, QString>>& arabicVariants(const QString& word);

private:
    QHash<QString, QString> m_keys;
    QHash<QString, QVector<QPair<int, QString>>> m_variants;
};

// The folded keys of a phrase as the tokenizer cuts it ("l'armée" -> "l", "armee").
QStringList phraseKeys(Tokenizer& tokenizer, const QString& phrase);

struct PhraseMatch {
    int first = -1; // token indexes, inclusive
    int last = -1;
    qsizetype from = 0; // UTF-16 range
    qsizetype to = 0;
    QVector<int> payloads; // of every phrase of the best length
    bool isValid() const { return first >= 0; }
};

class PhraseIndex {
public:
    // Adds PHRASE with PAYLOAD. A Latin phrase in capitals of up to five letters matches only in capitals.
    void add(Tokenizer& tokenizer, const QString& phrase, int payload);
    void addKeys(const QStringList& keys, int payload, bool capsOnly = false);
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The longest phrase starting at token I (Arabic clitics peeled off the first word when CLITICS; Latin
    // articles "al-", "el-" skipped inside when SKIPARTICLES). Invalid when none.
    PhraseMatch matchAt(const QString& text, const QVector<Token>& tokens, int i, Tokenizer& tokenizer, bool clitics,
                        bool skipArticles = false) const;

private:
    struct Entry {
        QStringList keys;
        QVector<int> payloads;
        bool capsOnly = false;
    };
    QVector<Entry> m_entries;
    QHash<QString, QVector<int>> m_byFirst;
    QHash<QString, int> m_byKeys;
};

} // namespace geo::suggest
