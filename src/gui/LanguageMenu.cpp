#include "gui/LanguageMenu.h"

#include "core/AppInfo.h"
#include "gui/common/MessageBox.h"
#include "session/Translations.h"

#include <QActionGroup>

using namespace Qt::StringLiterals;

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(u"languageMenu"_s);
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    const QString current = Translations::overrideCode();
    for (const Translations::Language& language : Translations::languages()) {
        QAction* action = addAction(language.name);
        action->setObjectName(u"languageAction_"_s + (language.code.isEmpty() ? u"system"_s : language.code));
        action->setCheckable(true);
        action->setChecked(language.code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] { choose(code); });
        if (language.code.isEmpty())
            addSeparator();
    }
}

void LanguageMenu::choose(const QString& code)
{
    if (code == Translations::overrideCode())
        return;
    Translations::setOverrideCode(code);
    emit languageChosen(code);
    // Every window would have to rebuild its texts to switch now; a restart does it for all of them.
    MessageBox::information(parentWidget(), tr("Language"),
                            tr("The new language is used the next time %1 starts.").arg(AppInfo::name()));
}
