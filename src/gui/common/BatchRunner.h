#pragma once

#include "core/ApiError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class ApiCall;
class QWidget;

// One batch of API calls (delete these webhooks, these records, this list; remove these companies), run at
// once and reported the same way on every page. The one 404 policy: a thing that is already gone counts as
// done, and the report says so. Failures are listed with their ApiError message.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    enum class Verb
    {
        Delete,
        Remove
    };
    enum class Result
    {
        Done,
        AlreadyGone, // 404: deleted elsewhere meanwhile; the goal is reached
        Failed
    };
    struct Item
    {
        QString label; // what the user recognises: an address, an id, a list's name
        std::function<ApiCall*()> start; // sends the call; the runner connects to it
        int count = 1; // how many things the one call handles (companies removed in one request)
    };
    struct Outcome
    {
        QString label;
        int count = 1;
        Result result = Result::Done;
        ApiError error;
    };

    explicit BatchRunner(Verb verb, QObject* parent = nullptr);

    // Starts every item's call. Ignored while a batch runs (isRunning) and for an empty list.
    void run(const QList<Item>& items);
    bool isRunning() const { return m_pending > 0; }
    const QList<Outcome>& outcomes() const { return m_outcomes; }
    int countOf(Result result) const; // things, not calls

    // "Delete webhooks: 2 deleted, 1 already gone." (the title given, and only the parts that are not zero)
    QString summary(const QString& title) const;
    // One line per item, "Deleted: x", "Already gone: x", "Not deleted: x" with the error's message below.
    QString details() const;
    // Shows the finished batch the one way: the summary as a status message; when something failed, also a
    // warning whose details list each item, failures with their reason.
    void report(QWidget* parent, const QString& title);

signals:
    void progress(int finishedCount, int total); // after each call
    void progressMessage(const QString& message); // "Deleting… 2 of 5", for the status bar
    void finished(); // every call answered; outcomes() holds them
    void statusMessage(const QString& message); // from report()

private:
    void onCallFinished(const QString& label, int count, const ApiError& error);

    Verb m_verb;
    QList<Outcome> m_outcomes;
    int m_pending = 0;
    int m_total = 0;
};
