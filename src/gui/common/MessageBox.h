#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

// Every message box of the GUI goes through here, so tests can answer one without a modal loop
// (presetAnswers) and read what the user would have seen (shownMessages: the boxes answered from the
// presets). In the running app they are ordinary QMessageBoxes.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    enum class Answer
    {
        Accept,
        Reject
    };
    struct Shown
    {
        QString title;
        QString text;
        QString details;
    };

    // Asks before a destructive step. acceptText names the step ("Delete"); Reject is the default.
    static Answer confirm(QWidget* parent, const QString& title, const QString& text, const QString& details,
                          const QString& acceptText);
    static void information(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    // information() that does not wait for the answer: the box stays open beside the window (a close event
    // must not wait for it).
    static void notice(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = {});

    // Test seam: while answers are queued, no box is shown; each box takes the next answer.
    static void presetAnswers(const QList<Answer>& answers);
    static bool hasPresetAnswers();
    static QList<Shown> shownMessages();
    static void clearShownMessages();
};
