#include "gui/live/EditAndSendDialog.h"

#include "gui/common/StatusPalette.h"
#include "gui/live/ForwardDestinations.h"
#include "gui/live/ForwardResponseText.h"
#include "session/ForwardService.h"
#include "ui_EditAndSendDialog.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTime>

using namespace Qt::StringLiterals;

EditAndSendDialog::EditAndSendDialog(ForwardService* service, const StoredEvent& event, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditAndSendDialog>())
    , m_service(service)
    , m_event(event)
{
    m_ui->setupUi(this);
    m_ui->editIntroLabel->setText(
        tr("Event %1 as it arrived. Change it and send it: to this app's receiver it is stored as a test "
           "delivery, to a forward target it goes as a replay.")
            .arg(event.id));
    m_ui->payloadEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->answerBodyView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QJsonDocument document = QJsonDocument::fromJson(event.rawBody);
    m_ui->payloadEdit->setPlainText(document.isNull() ? QString::fromUtf8(event.rawBody)
                                                      : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    ForwardDestinations::fill(m_ui->destinationCombo, service);
    m_ui->answerLabel->setText(tr("The answer shows here after Send."));
    m_ui->answerBodyView->hide();
    connect(m_ui->payloadEdit, &QPlainTextEdit::textChanged, this, &EditAndSendDialog::check);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &EditAndSendDialog::send);
    check();
    resize(640, 600); // within the narrowest main window (680 px)
}

EditAndSendDialog::~EditAndSendDialog()
{
    if (m_job)
        m_job->cancel();
}

QString EditAndSendDialog::jsonProblem(const QString& text, int* line)
{
    if (line)
        *line = 0;
    const QByteArray bytes = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return document.isObject() || document.isArray() ? QString() : tr("Not a JSON object or array.");
    // Qt's offset is just past the character that went wrong, in bytes of UTF-8; the line and column a person
    // sees are that character's, in characters.
    const QString before = QString::fromUtf8(bytes.left(qMax(0, error.offset - 1)));
    const int lineNumber = int(before.count(u'\n')) + 1;
    const int column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
    if (line)
        *line = lineNumber;
    return tr("Line %1, column %2: %3").arg(lineNumber).arg(column).arg(error.errorString());
}

void EditAndSendDialog::check()
{
    int line = 0;
    const QString problem = jsonProblem(m_ui->payloadEdit->toPlainText(), &line);
    // The line that is wrong, marked in the editor (the label below says where and what).
    QList<QTextEdit::ExtraSelection> marks;
    if (line > 0) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_ui->payloadEdit->document()->findBlockByNumber(line - 1));
        mark.format.setBackground(StatusPalette::background(StatusPalette::Status::Bad, palette()));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
    }
    m_ui->payloadEdit->setExtraSelections(marks);
    const bool running = m_job && m_job->isRunning();
    m_ui->sendButton->setEnabled(problem.isEmpty() && !running && m_service);
    if (problem.isEmpty()) {
        m_ui->jsonStatusLabel->setText(tr("Valid JSON."));
        m_ui->jsonStatusLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Good, palette()));
    } else {
        m_ui->jsonStatusLabel->setText(tr("Not valid JSON. %1").arg(problem));
        m_ui->jsonStatusLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Bad, palette()));
    }
}

void EditAndSendDialog::send()
{
    if (!m_service || !jsonProblem(m_ui->payloadEdit->toPlainText()).isEmpty())
        return;
    ForwardPayload payload;
    payload.eventId = m_event.id;
    payload.body = m_ui->payloadEdit->toPlainText().toUtf8();
    payload.contentType = "application/json";
    payload.origin = m_event.origin;
    payload.businessId = m_event.businessId;
    ReplaySelection selection;
    selection.payloads = {payload};
    ReplayJob* job
        = m_service->createReplay(selection, ForwardDestinations::chosen(m_ui->destinationCombo, m_service), this);
    if (!job) {
        m_ui->answerLabel->setText(tr("Nothing was sent: no event store is open."));
        return;
    }
    if (m_job)
        m_job->deleteLater();
    m_job = job;
    m_ui->answerLabel->setText(tr("Sending…"));
    m_ui->answerBodyView->hide();
    connect(job, &ReplayJob::eventDone, this, &EditAndSendDialog::showAnswer);
    connect(job, &ReplayJob::finished, this, [this](int, int, bool, const QString& error) {
        if (!error.isEmpty())
            m_ui->answerLabel->setText(tr("Nothing was sent: %1").arg(error));
        check();
    });
    job->start();
    check();
}

void EditAndSendDialog::showAnswer(const ReplayEventResult& result)
{
    const ForwardAttempt& attempt = result.attempt;
    const QString at = QLocale().toString(QTime::currentTime(), QLocale::LongFormat);
    const StatusPalette::Status status = attempt.delivered ? StatusPalette::Status::Good : StatusPalette::Status::Bad;
    m_ui->answerLabel->setStyleSheet(StatusPalette::textStyle(status, palette()));
    m_ui->answerLabel->setText(ForwardResponseText::attempt(attempt, at));
    m_ui->answerBodyView->setPlainText(ForwardResponseText::body(attempt.responseBody, attempt.responseTruncated));
    m_ui->answerBodyView->setVisible(attempt.status > 0);
}
