#include "LogDock.h"

#include "LogLineBatcher.h"
#include "LogLineModel.h"
#include "LogView.h"
#include "ui_LogDock.h"

#include <QFileDialog>
#include <QApplication>
#include <QMessageBox>
#include <QShortcut>
#include <QVBoxLayout>

#include <climits>

namespace {
constexpr char HostProperty[] = "logHost";
}

LogDock::LogDock(QWidget *parent)
    : QDockWidget(parent), m_ui(std::make_unique<Ui::LogDock>()), m_lines(new LogLineModel(this)),
      m_batcher(new LogLineBatcher(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("logDock"));
    m_ui->streamCombo->addItem(tr("All streams"), int(LogFilterModel::Streams::Both));
    m_ui->streamCombo->addItem(tr("Standard output"), int(LogFilterModel::Streams::StdoutOnly));
    m_ui->streamCombo->addItem(tr("Standard error"), int(LogFilterModel::Streams::StderrOnly));

    m_batcher->feed(m_lines);
    connect(m_lines, &LogLineModel::hostAdded, this, &LogDock::addHostTab);
    addHostTab(QString());
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) { viewAt(index); });

    connect(m_ui->streamCombo, &QComboBox::currentIndexChanged, this, &LogDock::applyFilters);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &LogDock::applyFilters);
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { find(m_ui->searchEdit->text(), false); });
    connect(m_ui->previousButton, &QToolButton::clicked, this, [this] { find(m_ui->searchEdit->text(), true); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        find(m_ui->searchEdit->text(), QApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    auto *next = new QShortcut(QKeySequence::FindNext, this, [this] { find(m_ui->searchEdit->text(), false); });
    auto *previous = new QShortcut(QKeySequence::FindPrevious, this, [this] { find(m_ui->searchEdit->text(), true); });
    next->setContext(Qt::WidgetWithChildrenShortcut);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_ui->followCheck, &QCheckBox::toggled, this, [this](bool on) {
        forEachView([on](LogView *view) { view->setFollow(on); });
    });
    connect(m_ui->timestampsCheck, &QCheckBox::toggled, this, [this](bool on) {
        forEachView([on](LogView *view) { view->setTimestampsShown(on); });
    });
    connect(m_ui->copyButton, &QToolButton::clicked, this, [this] { currentView()->copySelection(); });
    connect(m_ui->saveButton, &QToolButton::clicked, this, &LogDock::saveCurrent);
    connect(m_ui->clearButton, &QToolButton::clicked, m_lines, &LogLineModel::clear);

    // The count changes with every batch; a person reads it a few times a second at most.
    m_countTimer.setInterval(250);
    connect(&m_countTimer, &QTimer::timeout, this, &LogDock::updateCount);
    m_countTimer.start();
    updateCount();
}

LogDock::~LogDock() = default;

nb::LineSink LogDock::sink()
{
    return m_batcher->sink();
}

void LogDock::append(const nb::OutputLines &lines)
{
    m_batcher->append(lines);
}

void LogDock::setLineCap(int cap)
{
    m_lines->setLineCap(cap);
    m_batcher->setBacklogLimit(cap);
}

template<typename F> void LogDock::forEachView(F &&apply) const
{
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        if (auto *view = m_ui->tabs->widget(i)->findChild<LogView *>(QString(), Qt::FindDirectChildrenOnly))
            apply(view);
    }
}

LogView *LogDock::currentView() const
{
    return viewAt(m_ui->tabs->currentIndex());
}

LogView *LogDock::viewForHost(const QString &host) const
{
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        if (m_ui->tabs->widget(i)->property(HostProperty).toString() == host)
            return viewAt(i);
    }
    return nullptr;
}

void LogDock::addHostTab(const QString &host)
{
    // A tab's view and filter are made when the tab is first shown: each filter looks at
    // every new line, and with hundreds of hosts most tabs are never opened.
    auto *page = new QWidget(m_ui->tabs);
    page->setObjectName(host.isEmpty() ? QStringLiteral("mergedLogTab") : QStringLiteral("logTab-") + host);
    page->setProperty(HostProperty, host);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_ui->tabs->addTab(page, host.isEmpty() ? tr("All hosts") : host);
    if (m_ui->tabs->currentWidget() == page)
        viewAt(m_ui->tabs->currentIndex());
}

LogView *LogDock::viewAt(int index) const
{
    QWidget *page = m_ui->tabs->widget(index);
    if (!page)
        return nullptr;
    if (auto *view = page->findChild<LogView *>(QString(), Qt::FindDirectChildrenOnly))
        return view;
    const QString host = page->property(HostProperty).toString();
    auto *view = new LogView(m_lines, host, page);
    view->setObjectName(host.isEmpty() ? QStringLiteral("mergedLogView") : QStringLiteral("logView-") + host);
    view->setFollow(m_ui->followCheck->isChecked());
    view->setTimestampsShown(m_ui->timestampsCheck->isChecked());
    view->filter()->setStreams(LogFilterModel::Streams(m_ui->streamCombo->currentData().toInt()));
    view->filter()->setText(m_ui->filterEdit->text());
    page->layout()->addWidget(view);
    if (view->follows())
        view->scrollToBottom();
    return view;
}

void LogDock::applyFilters()
{
    const auto streams = LogFilterModel::Streams(m_ui->streamCombo->currentData().toInt());
    const QString text = m_ui->filterEdit->text();
    forEachView([&](LogView *view) {
        view->filter()->setStreams(streams);
        view->filter()->setText(text);
    });
}

bool LogDock::find(const QString &text, bool backwards)
{
    const bool found = currentView()->find(text, backwards);
    if (!found && !text.isEmpty())
        m_ui->countLabel->setText(tr("\"%1\" not found in this tab").arg(text));
    return found;
}

void LogDock::saveCurrent()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Log"), QString(),
                                                      tr("Text files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = currentView()->saveTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Log not saved"), error);
}

void LogDock::updateCount()
{
    if (m_ui->countLabel->text().contains(QLatin1Char('"')) && m_ui->searchEdit->hasFocus())
        return; // keep "not found" visible while the operator is still searching
    const qint64 dropped = m_lines->droppedLines();
    QString text = tr("%n line(s) shown in this tab", nullptr, currentView()->model()->rowCount());
    text += QStringLiteral(" · ") + tr("%n line(s) received", nullptr, int(qMin<qint64>(m_lines->totalLines(), INT_MAX)));
    if (dropped > 0)
        text += QStringLiteral(" · ") + tr("%n oldest dropped from view (cap %1)", nullptr, int(qMin<qint64>(dropped, INT_MAX)))
                                            .arg(m_lines->lineCap());
    m_ui->countLabel->setText(text);
}
