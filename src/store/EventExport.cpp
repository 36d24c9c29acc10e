#include "store/EventExport.h"

#include "core/FieldChange.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

QByteArray EventExport::csvField(const QString& value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        utf8 = '"' + utf8 + '"';
    }
    return utf8;
}

QJsonArray EventExport::changes(const StoredEvent& event)
{
    QJsonArray list;
    if (event.isUnrecognised())
        return list;
    for (const FieldChange& change : diffCompanyData(event.before, event.data)) {
        QJsonObject entry {{u"field"_s, change.field}, {u"after"_s, change.after}};
        if (!change.before.isUndefined())
            entry.insert(u"before"_s, change.before);
        list.append(entry);
    }
    return list;
}

QJsonObject EventExport::toJson(const StoredEvent& event)
{
    QJsonObject object {
        {u"id"_s, event.id},
        {u"origin"_s, DeliveryOrigins::toText(event.origin)},
        {u"unique_id"_s, event.uniqueId},
        {u"business_id"_s, event.businessId},
        {u"company_name"_s, event.companyName},
        {u"first_arrival"_s, event.firstArrival.toString(Qt::ISODateWithMs)},
        {u"last_arrival"_s, event.lastArrival.toString(Qt::ISODateWithMs)},
        {u"attempts"_s, event.attempts},
        {u"number_of_tries"_s, event.maxNumberOfTries},
        {u"stale"_s, event.stale},
        {u"changed_fields"_s, QJsonArray::fromStringList(event.changedFields)},
        {u"changes"_s, changes(event)},
        // Stored bodies passed the UTF-8 check, so the string decodes to exactly the bytes received.
        {u"payload"_s, QString::fromUtf8(event.rawBody)},
    };
    if (event.isUnrecognised())
        object.insert(u"problem"_s, event.problem);
    return object;
}

QByteArray EventExport::header(Format format)
{
    if (format == Format::JsonLines)
        return {};
    return "id,origin,first_arrival,last_arrival,unique_id,business_id,company_name,attempts,number_of_tries,stale,"
           "changed_fields,changes,problem,payload\r\n";
}

QByteArray EventExport::line(Format format, const StoredEvent& event)
{
    if (format == Format::JsonLines)
        return QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact) + '\n';
    const QStringList fields = {QString::number(event.id),
                                DeliveryOrigins::toText(event.origin),
                                event.firstArrival.toString(Qt::ISODateWithMs),
                                event.lastArrival.toString(Qt::ISODateWithMs),
                                event.uniqueId,
                                event.businessId,
                                event.companyName,
                                QString::number(event.attempts),
                                QString::number(event.maxNumberOfTries),
                                event.stale ? u"true"_s : u"false"_s,
                                event.changedFields.join(u' '),
                                QString::fromUtf8(QJsonDocument(changes(event)).toJson(QJsonDocument::Compact)),
                                event.problem};
    QByteArray out;
    for (const QString& field : fields)
        out += csvField(field) + ',';
    // The body byte for byte, without a round trip through QString.
    QByteArray payload = event.rawBody;
    if (payload.contains(',') || payload.contains('"') || payload.contains('\n') || payload.contains('\r'))
        payload = '"' + QByteArray(payload).replace("\"", "\"\"") + '"';
    out += payload + "\r\n";
    return out;
}
