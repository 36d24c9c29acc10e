#include "gui/common/ReadOnlyLook.h"

#include <QLineEdit>
#include <QPalette>
#include <QWidget>

void ReadOnlyLook::apply(QLineEdit* edit, const QString& why)
{
    edit->setReadOnly(true);
    edit->setFrame(false);
    useWindowBackground(edit);
    edit->setFocusPolicy(Qt::ClickFocus); // Tab goes to the fields that can be changed
    edit->setToolTip(why);
    edit->setAccessibleDescription(why);
}

void ReadOnlyLook::useWindowBackground(QWidget* widget)
{
    QPalette palette = widget->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        palette.setColor(group, QPalette::Base, palette.color(group, QPalette::Window));
    widget->setPalette(palette);
}
