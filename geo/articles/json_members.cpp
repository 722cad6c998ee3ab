#include "geo/articles/json_members.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace geo {

JsonMembers::JsonMembers(const QJsonObject& object, QString pointer, QString owner, ArticleProblems* problems)
    : m_object(object), m_pointer(std::move(pointer)), m_owner(std::move(owner)), m_problems(problems)
{
}

QString JsonMembers::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("true/false");
    case QJsonValue::Double: return QCoreApplication::translate("geo::JsonMembers", "a number");
    case QJsonValue::String: return QCoreApplication::translate("geo::JsonMembers", "a string");
    case QJsonValue::Array: return QCoreApplication::translate("geo::JsonMembers", "an array");
    case QJsonValue::Object: return QCoreApplication::translate("geo::JsonMembers", "an object");
    case QJsonValue::Undefined: break;
    }
    return QCoreApplication::translate("geo::JsonMembers", "missing");
}

QString JsonMembers::quotedList(const QStringList& names)
{
    QStringList q;
    for (const QString& n : names)
        q << QLatin1Char('"') + n + QLatin1Char('"');
    return q.join(QLatin1String(", "));
}

bool JsonMembers::has(const QString& key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isNull() && !v.isUndefined();
}

void JsonMembers::problem(const QString& key, const QString& message) const
{
    m_problems->at(pointerOf(key), m_owner + QLatin1String(": ") + message);
}

void JsonMembers::missing(const QString& key, const QString& hint) const
{
    m_problems->at(m_pointer,
                   m_owner + QCoreApplication::translate("geo::JsonMembers", ": missing \"%1\"; %2").arg(key, hint));
}

std::optional<QString> JsonMembers::string(const QString& key, bool required, const QString& hint) const
{
    const QJsonValue v = m_object.value(key);
    if (!has(key)) {
        if (required)
            missing(key, hint.isEmpty() ? QCoreApplication::translate("geo::JsonMembers", "add it") : hint);
        return std::nullopt;
    }
    if (!v.isString()) {
        problem(
            key,
            QCoreApplication::translate("geo::JsonMembers", "\"%1\" must be a string, not %2").arg(key, typeName(v)));
        return std::nullopt;
    }
    if (required && v.toString().trimmed().isEmpty()) {
        problem(key,
                QCoreApplication::translate("geo::JsonMembers", "\"%1\" is empty; %2")
                    .arg(key, hint.isEmpty() ? QCoreApplication::translate("geo::JsonMembers", "fill it in") : hint));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<double> JsonMembers::number(const QString& key, bool required, const QString& hint) const
{
    const QJsonValue v = m_object.value(key);
    if (!has(key)) {
        if (required)
            missing(key, hint);
        return std::nullopt;
    }
    if (!v.isDouble()) {
        problem(key, QCoreApplication::translate("geo::JsonMembers", "\"%1\" must be a number, not %2 (%3)")
                         .arg(key, typeName(v), hint));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<qint64> JsonMembers::integer(const QString& key, qint64 min, qint64 max, const QString& hint) const
{
    const QJsonValue v = m_object.value(key);
    if (!has(key))
        return std::nullopt;
    const double d = v.toDouble();
    // Show the value as written: a string in quotes, anything else as compact JSON.
    const auto shown = [&v] {
        return v.isString()
                   ? QLatin1Char('"') + v.toString() + QLatin1Char('"')
                   : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    if (!v.isDouble() || d != std::floor(d)) {
        problem(key, QCoreApplication::translate("geo::JsonMembers",
                                                 "\"%1\" must be a whole number from %2 to %3 (%4), not %5 %6")
                         .arg(key)
                         .arg(min)
                         .arg(max)
                         .arg(hint, typeName(v), shown()));
        return std::nullopt;
    }
    // A whole number, but perhaps far outside any qint64 (2^63, 1e308): compared as a double, never converted.
    if (d < double(min) || d > double(max)) {
        problem(key, QCoreApplication::translate("geo::JsonMembers",
                                                 "\"%1\" %2 is out of range; give a whole number from %3 to %4 (%5)")
                         .arg(key, shown())
                         .arg(min)
                         .arg(max)
                         .arg(hint));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<QJsonArray> JsonMembers::array(const QString& key, bool required, const QString& hint) const
{
    const QJsonValue v = m_object.value(key);
    if (!has(key)) {
        if (required)
            missing(key, hint.isEmpty() ? QCoreApplication::translate("geo::JsonMembers", "add it") : hint);
        return std::nullopt;
    }
    if (!v.isArray()) {
        problem(
            key,
            QCoreApplication::translate("geo::JsonMembers", "\"%1\" must be an array, not %2").arg(key, typeName(v)));
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QJsonObject> JsonMembers::object(const QString& key, bool required, const QString& hint) const
{
    const QJsonValue v = m_object.value(key);
    if (!has(key)) {
        if (required)
            missing(key, hint.isEmpty() ? QCoreApplication::translate("geo::JsonMembers", "add it") : hint);
        return std::nullopt;
    }
    if (!v.isObject()) {
        problem(
            key,
            QCoreApplication::translate("geo::JsonMembers", "\"%1\" must be an object, not %2").arg(key, typeName(v)));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QStringList> JsonMembers::stringList(const QString& key, bool required, const QString& hint) const
{
    const std::optional<QJsonArray> items = array(key, required, hint);
    if (!items)
        return std::nullopt;
    QStringList list;
    bool ok = true;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            m_problems->at(pointerOf(key) + QStringLiteral("/%1").arg(i),
                           m_owner + QCoreApplication::translate(
                                         "geo::JsonMembers", ": item %1 of \"%2\" must be a non-empty string, not %3")
                                         .arg(i)
                                         .arg(key, item.isString() ? QCoreApplication::translate("geo::JsonMembers",
                                                                                                 "an empty string")
                                                                   : typeName(item)));
            ok = false;
            continue;
        }
        list << item.toString();
    }
    if (!ok)
        return std::nullopt;
    return list;
}

JsonMembers JsonMembers::child(const QJsonObject& object, const QString& pointerTail, const QString& owner) const
{
    return JsonMembers(object, m_pointer + pointerTail, owner, m_problems);
}

void JsonMembers::unknownMembers(const QStringList& known, const QString& what) const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            problem(it.key(),
                    QCoreApplication::translate("geo::JsonMembers", "unknown %1 \"%2\" (a misspelling?); known: %3")
                        .arg(what, it.key(), known.join(QLatin1String(", "))));
    }
}

} // namespace geo
