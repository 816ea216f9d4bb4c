#include <accessibility/AccessibleNames.h>

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// What a screen reader gets for the parts Qt adds by itself, once the console's filter
// is installed: checked through Qt's accessibility interfaces, the same ones the AT-SPI
// bridge reads (the walk-through test checks the real bus).
class TestAccessibleNames : public QObject
{
    Q_OBJECT

private:
    static QStringList labelsOf(QWidget *widget)
    {
        QStringList names;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
        for (const auto &[label, relation] : face->relations(QAccessible::Label))
            names.append(label->text(QAccessible::Name));
        return names;
    }

    static QString nameOf(QWidget *widget)
    {
        return QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name);
    }

private slots:
    void initTestCase() { AccessibleNames::install(qApp); }

    void clearButtonIsNamedAfterItsField()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *named = new QLineEdit(&window);
        named->setClearButtonEnabled(true);
        // Set after construction, as a form's retranslateUi does.
        named->setAccessibleName(QStringLiteral("Filter lines"));
        auto *placeholder = new QLineEdit(&window);
        placeholder->setPlaceholderText(QStringLiteral("Search"));
        placeholder->setClearButtonEnabled(true);
        layout->addWidget(named);
        layout->addWidget(placeholder);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto button = [](QLineEdit *edit) {
            const auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
            for (QToolButton *candidate : edit->findChildren<QToolButton *>()) {
                if (candidate->defaultAction() == clear)
                    return candidate;
            }
            return static_cast<QToolButton *>(nullptr);
        };
        QVERIFY2(button(named), "Qt no longer makes the clear button from its clear action");
        QTRY_COMPARE(nameOf(button(named)), QStringLiteral("Clear Filter lines"));
        QTRY_COMPARE(nameOf(button(placeholder)), QStringLiteral("Clear Search"));
    }

    void toolBarOverflowButtonIsNamed()
    {
        QToolBar bar(QStringLiteral("Procedures"));
        bar.addAction(QStringLiteral("First Start…"));
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        auto *more = bar.findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY2(more, "Qt no longer names the tool bar's overflow button qt_toolbar_ext_button");
        QTRY_COMPARE(nameOf(more), QStringLiteral("More from Procedures"));
    }

    void comboBoxWithANameGetsALabelRelation()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *unlabelled = new QComboBox(&window);
        unlabelled->addItem(QStringLiteral("App nodes"));
        unlabelled->setAccessibleName(QStringLiteral("Role"));
        auto *label = new QLabel(QStringLiteral("&Language:"), &window);
        auto *labelled = new QComboBox(&window);
        labelled->addItem(QStringLiteral("English"));
        labelled->setAccessibleName(QStringLiteral("Language"));
        label->setBuddy(labelled);
        layout->addWidget(unlabelled);
        layout->addWidget(label);
        layout->addWidget(labelled);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTRY_COMPARE(labelsOf(unlabelled), QStringList{QStringLiteral("Role")});
        QVERIFY2(window.findChildren<QLabel *>().size() == 2, "only the combo box without a buddy gets one");
        QCOMPARE(labelsOf(labelled), QStringList{QStringLiteral("Language:")});
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        for (const QLabel *added : labels) {
            if (added != label)
                QVERIFY2(!added->isVisible(), "the added label only carries the name; it is never shown");
        }
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "TestAccessibleNames.moc"
