#include "gui/common/PageStateStack.h"

#include "gui/common/EmptyState.h"
#include "gui/common/ErrorBanner.h"
#include "gui/common/PageNotice.h"

using namespace Qt::StringLiterals;

PageStateStack::PageStateStack(QWidget* parent)
    : QStackedWidget(parent)
    , m_unavailable(new EmptyState(this))
{
    m_unavailable->hide(); // a page of the stack from setParts() on, after the page's own
    connect(m_unavailable, &EmptyState::actionTriggered, this, &PageStateStack::unavailableActionTriggered);
}

void PageStateStack::setParts(const QString& pageName, QWidget* content, EmptyState* empty, ErrorBanner* error,
                              QWidget* busyIndicator)
{
    m_pageName = pageName;
    // No key, no sandbox: one notice with the way out, rather than a 401 for an empty key or an error for no address.
    if (indexOf(m_unavailable) < 0)
        addWidget(m_unavailable);
    m_unavailable->setObjectName(pageName + u"UnavailableState"_s);
    m_content = content;
    m_empty = empty;
    m_error = error;
    m_busyIndicator = busyIndicator;
    if (m_error)
        connect(m_error, &ErrorBanner::retryRequested, this, &PageStateStack::retryRequested, Qt::UniqueConnection);
    if (m_busyIndicator) {
        QSizePolicy policy = m_busyIndicator->sizePolicy();
        policy.setRetainSizeWhenHidden(true); // the content must not jump when a call starts
        m_busyIndicator->setSizePolicy(policy);
        m_busyIndicator->setVisible(m_busy > 0);
    }
    reveal(m_content);
}

PageStateStack::State PageStateStack::state() const
{
    if (currentWidget() == m_unavailable)
        return State::Unavailable;
    if (m_empty && isRevealed(m_empty))
        return State::Empty;
    if (m_content && isRevealed(m_content))
        return State::Content;
    return State::Other;
}

bool PageStateStack::isRevealed(const QWidget* part) const
{
    for (const QWidget* child = part; child && child != this; child = child->parentWidget()) {
        if (auto* stack = qobject_cast<const QStackedWidget*>(child->parentWidget());
            stack && stack->currentWidget() != child)
            return false;
    }
    return true;
}

void PageStateStack::reveal(QWidget* part)
{
    const bool wasUnavailable = isUnavailable();
    // From the part up to this stack, make each child the current page of the stack that holds it.
    for (QWidget* child = part; child && child != this; child = child->parentWidget()) {
        if (auto* stack = qobject_cast<QStackedWidget*>(child->parentWidget()))
            stack->setCurrentWidget(child);
    }
    if (wasUnavailable != isUnavailable())
        emit unavailableChanged(isUnavailable());
}

void PageStateStack::showContent()
{
    reveal(m_content);
}

void PageStateStack::showEmpty()
{
    reveal(m_empty ? static_cast<QWidget*>(m_empty) : m_content);
}

void PageStateStack::showOther(QWidget* part)
{
    reveal(part);
}

void PageStateStack::showUnavailable(const PageNotice& notice)
{
    m_unavailable->setNotice(notice, m_pageName);
    hideError(); // the notice says what is wrong; an older error would only contradict it
    reveal(m_unavailable);
}

void PageStateStack::showError(const QString& message)
{
    if (m_error)
        m_error->showError(message);
}

void PageStateStack::hideError()
{
    if (m_error)
        m_error->hideError();
}

void PageStateStack::beginBusy()
{
    if (m_busy++ == 0 && m_busyIndicator)
        m_busyIndicator->show();
}

void PageStateStack::endBusy()
{
    if (m_busy > 0 && --m_busy == 0 && m_busyIndicator)
        m_busyIndicator->hide();
}
