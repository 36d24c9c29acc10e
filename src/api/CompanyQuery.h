#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace VainuApi {

// A Get Companies query (docs/api-choices.md section 6).
struct CompanyQuery
{
    // Field name, optionally with a suffix (__gte, __in, ...), and its value; an __in value is comma-separated.
    QList<QPair<QString, QString>> filters;
    QStringList fields; // empty: the server's default set; {"all"}: every field
    int limit = 20;
    int offset = 0;
    bool includeCount = false; // count=include: the page plus the total
    bool countOnly = false; // count=true: only the total, no items
    QString order; // "-field" sorts descending

    // The query as ordered key/value pairs, ready for RequestBuilder.
    QList<QPair<QString, QString>> toQueryItems() const;
    // The query as POST /companies/ takes it: the same parameters in a JSON object, an __in list as an array.
    QJsonObject toJsonBody() const;
};

} // namespace VainuApi

// In a namespace because the sandbox has an internal class of the same name: two classes called ::CompanyQuery
// in one program (the app links both) would share their inline destructors at link time and corrupt memory.
// The alias keeps the name of client-api.md.
using CompanyQuery = VainuApi::CompanyQuery;
