#pragma once

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QStringList>
#include <QWidget>

// Every widget a user can reach with the keyboard has an objectName: tests, screenshots and style sheets find
// it by that. Returns one line per widget that breaks the rule, empty when all is well:
// QVERIFY2(list.isEmpty(), ...). The widgets Qt builds inside its own ones (scroll bars, headers, item views'
// editors, viewports, a button box's standard buttons, found by their role, and the inside of a
// QInputDialog) are not ours to name and are skipped; so are widgets `root` does not show.
inline bool isStandardButton(const QWidget* widget)
{
    const auto* box = qobject_cast<const QDialogButtonBox*>(widget->parentWidget());
    const auto* button = qobject_cast<const QAbstractButton*>(widget);
    return box && button && box->standardButton(const_cast<QAbstractButton*>(button)) != QDialogButtonBox::NoButton;
}

inline QStringList unnamedInteractiveWidgets(const QWidget* root)
{
    QStringList problems;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        const QWidget* parent = widget->parentWidget();
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root) || widget->inherits("QScrollBar")
            || widget->inherits("QHeaderView") || (parent && parent->inherits("QAbstractItemView"))
            || widget->objectName().startsWith(QLatin1String("qt_")) || isStandardButton(widget)
            || (parent && parent->inherits("QInputDialog"))) {
            continue;
        }
        // A widget whose parent has no name either: described by its place, so a failing run says where.
        QString where = QString::fromLatin1(widget->metaObject()->className());
        for (const QWidget* up = parent; up && up != root->parentWidget(); up = up->parentWidget()) {
            if (!up->objectName().isEmpty()) {
                where += QStringLiteral(" in ") + up->objectName();
                break;
            }
        }
        if (widget->objectName().isEmpty())
            problems << QStringLiteral("no objectName: ") + where;
    }
    return problems;
}

// Screen readers need more than an objectName: every reachable widget that is not a button (whose text names
// it) has an accessible name. Same skipping rules as unnamedInteractiveWidgets().
inline QStringList widgetsWithoutAccessibleName(const QWidget* root)
{
    QStringList problems;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        const QWidget* parent = widget->parentWidget();
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root) || widget->inherits("QScrollBar")
            || widget->inherits("QHeaderView") || (parent && parent->inherits("QAbstractItemView"))
            || widget->objectName().startsWith(QLatin1String("qt_")) || widget->inherits("QAbstractButton")) {
            continue;
        }
        if (widget->accessibleName().isEmpty())
            problems << QStringLiteral("no accessible name: ") + widget->objectName();
    }
    return problems;
}
