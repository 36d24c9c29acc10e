#include "gui/common/MessageBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace {

struct Seam
{
    QList<MessageBox::Answer> answers;
    QList<MessageBox::Shown> shown;
};

Seam& seam()
{
    static Seam instance;
    return instance;
}

// Returns true (and the preset answer) when a test answers this box.
bool takePreset(const QString& title, const QString& text, const QString& details, MessageBox::Answer* answer)
{
    if (seam().answers.isEmpty())
        return false;
    seam().shown.append({title, text, details});
    *answer = seam().answers.takeFirst();
    return true;
}

void showBox(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setInformativeText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace

MessageBox::Answer MessageBox::confirm(QWidget* parent, const QString& title, const QString& text,
                                       const QString& details, const QString& acceptText)
{
    Answer answer = Answer::Reject;
    if (takePreset(title, text, details, &answer))
        return answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept ? Answer::Accept : Answer::Reject;
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    Answer ignored = Answer::Accept;
    if (!takePreset(title, text, details, &ignored))
        showBox(parent, QMessageBox::Information, title, text, details);
}

void MessageBox::notice(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    Answer ignored = Answer::Accept;
    if (takePreset(title, text, details, &ignored))
        return;
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setInformativeText(details);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    Answer ignored = Answer::Accept;
    if (!takePreset(title, text, details, &ignored))
        showBox(parent, QMessageBox::Warning, title, text, details);
}

void MessageBox::presetAnswers(const QList<Answer>& answers)
{
    seam().answers = answers;
}

bool MessageBox::hasPresetAnswers()
{
    return !seam().answers.isEmpty();
}

QList<MessageBox::Shown> MessageBox::shownMessages()
{
    return seam().shown;
}

void MessageBox::clearShownMessages()
{
    seam().shown.clear();
}
