// Fuzz target: the JSON locator (geo/articles/json_locator.h), fed raw bytes. Beyond not crashing, checked against
// QJsonDocument: when Qt parses the text and it is not too deep for the locator, every member and element Qt sees
// down to the locator's depth has a position, and the document starts with a value. Byte offsets have a position
// inside the text.

#include "fuzz_support.h"

#include "geo/articles/json_locator.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

// Pointers compared per input: each look-up counts code points from a checkpoint, so a few dozen per input keep the
// fuzzer fast while a huge array costs no more than a small one.
constexpr int kMaxChecked = 24;

bool startsValue(char c)
{
    return c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
}

void checkAll(const geo::JsonLocator& locator, const QJsonValue& value, QStringList* parts, int depth, int maxDepth,
              int* budget)
{
    if (--*budget < 0)
        return;
    const geo::JsonPosition position = locator.position(geo::JsonLocator::pointer(*parts));
    fuzz::check(position.isValid(), "a value Qt reads has a position");
    if (depth >= maxDepth)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && *budget >= 0; ++it) {
            parts->append(it.key());
            checkAll(locator, it.value(), parts, depth + 1, maxDepth, budget);
            parts->removeLast();
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && *budget >= 0; ++i) {
            parts->append(QString::number(i));
            checkAll(locator, array.at(i), parts, depth + 1, maxDepth, budget);
            parts->removeLast();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    // The article reader's depth, or a deeper one (geometry coordinates), as the size's parity says.
    const int maxDepth = size % 2 ? 12 : 4;
    const geo::JsonLocator locator(json, maxDepth);
    const qsizetype lines = json.count('\n') + 1;

    // Offsets across the text, and the one past the end (where QJsonParseError puts an unexpected end), have a
    // position.
    const qsizetype step = json.size() / 8 + 1;
    for (qsizetype offset = 0; offset <= json.size(); offset += step) {
        const geo::JsonPosition p = locator.positionOfOffset(offset);
        fuzz::check(p.isValid() && p.column >= 1 && p.line <= lines, "a byte offset has a line and column inside");
    }
    const geo::JsonPosition end = locator.positionOfOffset(json.size());
    fuzz::check(end.isValid() && end.line == lines, "the end of the text is on its last line");
    for (const char* pointer : {"", "/type", "/features/0/properties/quote", "/article/text", "/0", "/a~1b"}) {
        const geo::JsonPosition p = locator.position(QString::fromLatin1(pointer));
        fuzz::check(!p.isValid() || p.line <= lines, "a located value is inside the text");
    }
    fuzz::check(locator.tooDeepOffset() < json.size(), "the too-deep offset is inside the text");

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError && locator.tooDeepOffset() < 0 && (doc.isObject() || doc.isArray())) {
        fuzz::reached();
        QStringList parts;
        int budget = kMaxChecked;
        checkAll(locator, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), &parts, 0, maxDepth,
                 &budget);
        // The root value starts at the first byte that is not whitespace or a byte order mark.
        qsizetype first = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        while (first < json.size() && QByteArray(" \t\n\r").contains(json.at(first)))
            ++first;
        fuzz::check(first < json.size() && startsValue(json.at(first)), "a document Qt reads starts with a value");
    }
    return 0;
}
