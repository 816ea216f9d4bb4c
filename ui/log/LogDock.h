#pragma once

#include <ssh/CommandRunner.h>

#include <QDockWidget>
#include <QTimer>
#include <memory>

namespace Ui {
class LogDock;
}
class LogLineBatcher;
class LogLineModel;
class LogView;

// The log panel: a merged tab and one tab per host over one bounded line model, with
// stream and text filters, search, follow, copy and save. Output from any thread enters
// through sink() (or append()) and reaches the model in coalesced batches.
class LogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit LogDock(QWidget *parent = nullptr);
    ~LogDock() override;

    nb::LineSink sink();
    void append(const nb::OutputLines &lines); // safe from any thread
    LogLineModel *lines() const { return m_lines; }
    LogLineBatcher *batcher() const { return m_batcher; }
    void setLineCap(int cap);

    LogView *currentView() const;
    LogView *viewForHost(const QString &host) const; // empty host: the merged tab
    bool find(const QString &text, bool backwards);

private:
    void addHostTab(const QString &host);
    LogView *viewAt(int index) const; // makes the tab's view on first use
    void applyFilters();
    void saveCurrent();
    void updateCount();
    template<typename F> void forEachView(F &&apply) const;

    std::unique_ptr<Ui::LogDock> m_ui;
    LogLineModel *m_lines;
    LogLineBatcher *m_batcher;
    QTimer m_countTimer;
};
