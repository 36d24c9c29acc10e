#pragma once

#include <QString>

// What a catch-up run did (session/CatchUp).
struct CatchUpResult
{
    enum class Status
    {
        Done,
        Failed, // an API or storage error: nothing was recorded
        Cancelled, // nothing was recorded
    };
    Status status = Status::Done;
    qint64 compared = 0; // companies Get Companies returned and that were compared with their snapshot
    qint64 changed = 0; // changes found and recorded as events
    qint64 notFound = 0; // companies Get Companies did not return (no longer in Vainu's data, or a changed id)
    qint64 withoutBusinessId = 0; // companies known only by a customer data record: they cannot be looked up
    QString error; // Failed: what went wrong and what to do

    bool ok() const { return status == Status::Done; }
};
