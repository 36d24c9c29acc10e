#include "gui/settings/ApiKeyEdit.h"

#include <QAction>
#include <QIcon>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must not be used inside a namespace.
static void ensureSettingsResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(settings);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace {

// The theme's eye icons when the desktop has them, else our own (a static library's resources
// must be registered by hand).
QIcon eyeIcon(const QString& name)
{
    ensureSettingsResources();
    return QIcon::fromTheme(name, QIcon(u":/settings-icons/"_s + name + u".svg"_s));
}

QString withoutWhitespace(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

} // namespace

ApiKeyEdit::ApiKeyEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_showAction(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    // Keys are not words: no completion, no spell checking, no input method guesses.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    setClearButtonEnabled(false);
    m_showAction->setObjectName(u"showKeyAction"_s);
    m_showAction->setCheckable(true);
    addAction(m_showAction, QLineEdit::TrailingPosition);
    connect(m_showAction, &QAction::toggled, this, &ApiKeyEdit::setKeyShown);
    connect(this, &QLineEdit::textEdited, this, [this] {
        stripWhitespace();
        emit apiKeyEdited();
    });
    updateShowAction();
}

QString ApiKeyEdit::apiKey() const
{
    return withoutWhitespace(text());
}

void ApiKeyEdit::setApiKey(const QString& key)
{
    setText(withoutWhitespace(key));
}

bool ApiKeyEdit::isKeyShown() const
{
    return echoMode() == QLineEdit::Normal;
}

void ApiKeyEdit::setKeyShown(bool shown)
{
    setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    if (m_showAction->isChecked() != shown)
        m_showAction->setChecked(shown);
    updateShowAction();
}

void ApiKeyEdit::stripWhitespace()
{
    const QString current = text();
    const QString stripped = withoutWhitespace(current);
    if (stripped == current)
        return;
    // Keep the cursor where the user left it, less the whitespace removed before it.
    const int removedBefore = int(cursorPosition() - withoutWhitespace(current.left(cursorPosition())).size());
    const int position = cursorPosition() - removedBefore;
    setText(stripped);
    setCursorPosition(position);
}

void ApiKeyEdit::updateShowAction()
{
    const bool shown = isKeyShown();
    m_showAction->setIcon(eyeIcon(shown ? u"view-hidden"_s : u"view-visible"_s));
    m_showAction->setText(shown ? tr("Hide key") : tr("Show key"));
    m_showAction->setToolTip(shown ? tr("Hide the key") : tr("Show the key"));
}
