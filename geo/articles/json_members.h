#pragma once
// Typed access to the members of one JSON object of an article file, reporting every wrong type, empty or
// missing member and unknown name to ArticleProblems with its place in the file. Absent and null members are
// the same (QGIS writes null for the properties a feature does not have).

#include "geo/articles/article_problems.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace geo {

class JsonMembers {
public:
    // POINTER: JSON Pointer of the object in the file; OWNER: how messages name it ("annotation \"a3\"").
    JsonMembers(const QJsonObject& object, QString pointer, QString owner, ArticleProblems* problems);

    bool has(const QString& key) const;
    void problem(const QString& key, const QString& message) const;
    void missing(const QString& key, const QString& hint) const;

    std::optional<QString> string(const QString& key, bool required, const QString& hint = QString()) const;
    std::optional<double> number(const QString& key, bool required, const QString& hint) const;
    // A whole number in [MIN, MAX]; absent is not a problem.
    std::optional<qint64> integer(const QString& key, qint64 min, qint64 max, const QString& hint) const;
    // A string from a closed vocabulary, parsed by FROMNAME.
    template <typename Enum>
    std::optional<Enum> vocabulary(const QString& key, bool required, std::optional<Enum> (*fromName)(const QString&),
                                   const QStringList& names) const
    {
        const std::optional<QString> s = string(
            key, required, QCoreApplication::translate("geo::JsonMembers", "use one of %1").arg(quotedList(names)));
        if (!s)
            return std::nullopt;
        const std::optional<Enum> e = fromName(*s);
        if (!e)
            problem(key, QCoreApplication::translate("geo::JsonMembers", "unknown %1 \"%2\"; use one of %3")
                             .arg(key, *s, quotedList(names)));
        return e;
    }
    // An array, or an object; absent (or null) gives nothing, another type a problem.
    std::optional<QJsonArray> array(const QString& key, bool required, const QString& hint = QString()) const;
    std::optional<QJsonObject> object(const QString& key, bool required, const QString& hint = QString()) const;
    // An array of non-empty strings; each wrong item is a problem at the item.
    std::optional<QStringList> stringList(const QString& key, bool required, const QString& hint = QString()) const;
    // Members for the object at KEY/INDEX (INDEX < 0: the object at KEY), owned by OWNER in messages.
    JsonMembers child(const QJsonObject& object, const QString& pointerTail, const QString& owner) const;
    QString pointer() const { return m_pointer; }
    // One problem for each member not in KNOWN.
    void unknownMembers(const QStringList& known, const QString& what) const;

    static QString typeName(const QJsonValue& value); // "a string", "a number", "an array" ...
    static QString quotedList(const QStringList& names);

private:
    QString pointerOf(const QString& key) const { return m_pointer + QLatin1Char('/') + key; }

    QJsonObject m_object;
    QString m_pointer;
    QString m_owner;
    ArticleProblems* m_problems;
};

} // namespace geo
