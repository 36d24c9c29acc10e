#include "store/EventExport.h"

#include <QJsonArray>
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

QJsonObject EventExport::toJson(const StoredEvent& event)
{
    QJsonParseError parseError;
    const QJsonDocument payload = QJsonDocument::fromJson(event.rawBody, &parseError);
    return QJsonObject {
        {u"id"_s, event.id},
        {u"unique_id"_s, event.uniqueId},
        {u"business_id"_s, event.businessId},
        {u"company_name"_s, event.companyName},
        {u"first_arrival"_s, event.firstArrival.toString(Qt::ISODateWithMs)},
        {u"last_arrival"_s, event.lastArrival.toString(Qt::ISODateWithMs)},
        {u"attempts"_s, event.attempts},
        {u"number_of_tries"_s, event.maxNumberOfTries},
        {u"stale"_s, event.stale},
        {u"changed_fields"_s, QJsonArray::fromStringList(event.changedFields)},
        {u"payload"_s,
         payload.isObject() ? QJsonValue(payload.object()) : QJsonValue(QString::fromUtf8(event.rawBody))},
    };
}

QByteArray EventExport::header(Format format)
{
    if (format == Format::JsonLines)
        return {};
    return "id,first_arrival,last_arrival,unique_id,business_id,company_name,attempts,number_of_tries,stale,"
           "changed_fields,payload\r\n";
}

QByteArray EventExport::line(Format format, const StoredEvent& event)
{
    if (format == Format::JsonLines)
        return QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact) + '\n';
    const QStringList fields = {QString::number(event.id),
                                event.firstArrival.toString(Qt::ISODateWithMs),
                                event.lastArrival.toString(Qt::ISODateWithMs),
                                event.uniqueId,
                                event.businessId,
                                event.companyName,
                                QString::number(event.attempts),
                                QString::number(event.maxNumberOfTries),
                                event.stale ? u"true"_s : u"false"_s,
                                event.changedFields.join(u' '),
                                QString::fromUtf8(event.rawBody)};
    QByteArray out;
    for (const QString& field : fields)
        out += csvField(field) + ',';
    out.chop(1);
    out += "\r\n";
    return out;
}
