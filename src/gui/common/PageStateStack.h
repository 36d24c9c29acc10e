#pragma once

#include <QStackedWidget>

struct PageNotice;
class EmptyState;
class ErrorBanner;

// Where a page that needs the server stands, shown the same way on every such page: its content, its empty
// state, or the notice that the server cannot be called (PageNotice, with its action); above them the error
// banner with Retry and a busy indicator. The content and the empty state may sit in stacks nested inside
// this one: showing a part switches every stack between it and this one.
class PageStateStack : public QStackedWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Content,
        Empty,
        Unavailable,
        Other // a page of the caller's own (nothing matches the filter)
    };

    explicit PageStateStack(QWidget* parent = nullptr);

    // The page's parts. pageName names the notice (pageName + "UnavailableState") and its button
    // (pageName + notice.actionName + "Button"). The error banner and busy indicator usually sit above the stack.
    void setParts(const QString& pageName, QWidget* content, EmptyState* empty, ErrorBanner* error,
                  QWidget* busyIndicator);

    void showContent();
    void showEmpty();
    void showOther(QWidget* part);
    // The page calls nothing now: the notice replaces everything, the error banner hides. showContent() or
    // showEmpty() ends it.
    void showUnavailable(const PageNotice& notice);
    bool isUnavailable() const { return state() == State::Unavailable; }
    State state() const;
    EmptyState* unavailableState() const { return m_unavailable; }

    void showError(const QString& message);
    void hideError();

    // Calls in flight: the busy indicator shows while there is at least one.
    void beginBusy();
    void endBusy();
    bool isBusy() const { return m_busy > 0; }

signals:
    void unavailableChanged(bool unavailable); // for the page's own chrome (toolbars) that hides with it
    void unavailableActionTriggered(); // the notice's button ("Enter the API key…", "Retry")
    void retryRequested(); // the error banner's Retry

private:
    void reveal(QWidget* part);
    bool isRevealed(const QWidget* part) const; // every stack between it and this one shows it

    QWidget* m_content = nullptr;
    EmptyState* m_empty = nullptr;
    EmptyState* m_unavailable;
    ErrorBanner* m_error = nullptr;
    QWidget* m_busyIndicator = nullptr;
    QString m_pageName;
    int m_busy = 0;
};
