// Fuzz target: the article reader (geo/articles/article_reader.h), fed whole files. The reader takes a path, so
// each input is written to a scratch file first. Beyond not crashing: an article comes back only with no problem,
// every problem has a message, and every anchored annotation lies inside the article's text.

#include "fuzz_support.h"

#include "geo/articles/article_reader.h"
#include "geo/articles/text_anchor.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = fuzz::scratchPath("article.geojson");
    fuzz::writeFile(path, data, size);
    // Every entity id is known but "unknown": the reader's check of entity ids runs too. The size limit is far above
    // any input (scripts/fuzz.sh keeps them to kilobytes) but not the default 50 MB: the reader reads through a
    // buffer of the limit's size, and ASan maps and poisons all of it on every input (200 ms instead of 1 ms).
    constexpr qint64 kMaxBytes = 1024 * 1024;
    const geo::ArticleReadResult result = geo::ArticleReader::read(
        QString::fromStdString(path), [](const QString& entity) { return entity != QLatin1String("unknown"); },
        kMaxBytes);
    fuzz::check(result.ok() == result.problems.isEmpty(), "an article comes back exactly when there is no problem");
    for (const QString& message : result.messages())
        fuzz::check(!message.isEmpty(), "every problem has a message");
    if (result.article) {
        fuzz::reached();
        const geo::TextAnchor text(result.article->text);
        for (const geo::Annotation& a : result.article->annotations) {
            fuzz::check(a.isAnchored(), "a returned article has every annotation anchored");
            fuzz::check(a.anchorStart <= a.anchorEnd && a.anchorEnd <= text.length(),
                        "an anchored annotation lies inside the text");
        }
    }
    return 0;
}
