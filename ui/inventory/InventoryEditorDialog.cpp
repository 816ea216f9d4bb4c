#include "InventoryEditorDialog.h"

#include <inventory/InventoryDocument.h>
#include <inventory/InventoryLoader.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

enum NodeColumn { NameColumn, HostColumn, AddressColumn, NodeColumnCount };

const QString nodesField = QStringLiteral("app.nodes");
const QString passwordField = QStringLiteral("database.password");
const QLatin1String envPrefix("env:");

QGroupBox *section(QVBoxLayout *into, const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title);
    *form = new QFormLayout(box);
    into->addWidget(box);
    return box;
}

} // namespace

InventoryEditorDialog::InventoryEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_passwordMode(new QComboBox)
    , m_passwordEnv(new QLineEdit)
    , m_nodes(new QTableWidget(0, NodeColumnCount))
    , m_otherProblems(new QListWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Inventory"));
    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    QFormLayout *form = nullptr;

    section(sections, tr("Cluster"), &form);
    addLine(form, QStringLiteral("cluster"), tr("&Cluster name:"));

    section(sections, tr("SSH"), &form);
    addLine(form, QStringLiteral("ssh.user"), tr("SSH &user:"));
    addLine(form, QStringLiteral("ssh.identity_file"), tr("&Identity file:"));

    section(sections, tr("Application"), &form);
    addCombo(form, QStringLiteral("app.runtime"), tr("&Runtime:"),
             {QStringLiteral("compose"), QStringLiteral("systemd"), QStringLiteral("pm2"),
              QStringLiteral("kubernetes"), QStringLiteral("custom")});
    addLine(form, QStringLiteral("app.image"), tr("I&mage:"));
    m_nodes->setObjectName(nodesField);
    m_nodes->setHorizontalHeaderLabels({tr("Name"), tr("Host"), tr("Address (optional)")});
    m_nodes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_nodes->verticalHeader()->setVisible(false);
    m_nodes->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_nodes->setAccessibleName(tr("App nodes"));
    m_nodes->setMinimumHeight(140);
    auto *addNode = new QPushButton(tr("&Add node"));
    auto *removeNode = new QPushButton(tr("Remo&ve node"));
    addNode->setAccessibleName(tr("Add node"));
    removeNode->setAccessibleName(tr("Remove the selected node"));
    auto *nodeButtons = new QHBoxLayout;
    nodeButtons->addWidget(addNode);
    nodeButtons->addWidget(removeNode);
    nodeButtons->addStretch();
    auto *nodesBox = new QWidget;
    auto *nodesLayout = new QVBoxLayout(nodesBox);
    nodesLayout->setContentsMargins(0, 0, 0, 0);
    nodesLayout->addWidget(m_nodes);
    nodesLayout->addWidget(addMessage(nodesField, tr("App nodes")));
    nodesLayout->addLayout(nodeButtons);
    auto *nodesLabel = new QLabel(tr("App &nodes:"));
    nodesLabel->setBuddy(m_nodes);
    form->addRow(nodesLabel, nodesBox);

    section(sections, tr("Load balancer"), &form);
    addCombo(form, QStringLiteral("load_balancer.kind"), tr("&Kind:"),
             {QStringLiteral("nginx"), QStringLiteral("haproxy"), QStringLiteral("custom"), QStringLiteral("manual")});
    addLine(form, QStringLiteral("load_balancer.host"), tr("Load balancer &host:"));
    addLine(form, QStringLiteral("load_balancer.url"), tr("Public &URL:"));

    section(sections, tr("Database"), &form);
    addCombo(form, QStringLiteral("database.dialect"), tr("&Dialect:"),
             {QStringLiteral("postgres"), QStringLiteral("mysql"), QStringLiteral("mariadb")});
    addLine(form, QStringLiteral("database.host"), tr("Database h&ost:"));
    addLine(form, QStringLiteral("database.port"), tr("&Port:"));
    addLine(form, QStringLiteral("database.name"), tr("Database na&me:"));
    addLine(form, QStringLiteral("database.user"), tr("Database us&er:"));
    m_passwordMode->setObjectName(passwordField);
    m_passwordMode->addItem(tr("Keychain"), QStringLiteral("keychain"));
    m_passwordMode->addItem(tr("Ask every time"), QStringLiteral("ask"));
    m_passwordMode->addItem(tr("Environment variable"), envPrefix);
    m_passwordMode->addItem(tr("None (the host's own authentication)"), QStringLiteral("none"));
    m_passwordMode->setAccessibleName(tr("Database password"));
    m_passwordEnv->setObjectName(QStringLiteral("database.password.env"));
    m_passwordEnv->setPlaceholderText(tr("variable name, e.g. NB_DB_PASSWORD"));
    m_passwordEnv->setAccessibleName(tr("Environment variable holding the database password"));
    auto *passwordBox = new QWidget;
    auto *passwordLayout = new QVBoxLayout(passwordBox);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    auto *passwordControls = new QHBoxLayout;
    passwordControls->addWidget(m_passwordMode);
    passwordControls->addWidget(m_passwordEnv, 1);
    passwordLayout->addLayout(passwordControls);
    passwordLayout->addWidget(addMessage(passwordField, tr("Database password")));
    auto *passwordLabel = new QLabel(tr("Pass&word:"));
    passwordLabel->setBuddy(m_passwordMode);
    form->addRow(passwordLabel, passwordBox);
    addLine(form, QStringLiteral("database.backup_dir"), tr("&Backup directory:"));
    sections->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from field to field; the area follows the focus by itself.
    scroll->setFocusPolicy(Qt::NoFocus);

    m_otherProblems->setObjectName(QStringLiteral("otherProblems"));
    m_otherProblems->setAccessibleName(tr("Other problems in the file"));
    m_otherProblems->setMaximumHeight(100);
    auto *otherLabel = new QLabel(tr("Other p&roblems:"));
    otherLabel->setBuddy(m_otherProblems);

    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the inventory"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(otherLabel);
    layout->addWidget(m_otherProblems);
    layout->addWidget(m_buttons);
    resize(720, 760);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &InventoryEditorDialog::validate);
    connect(m_passwordMode, &QComboBox::currentIndexChanged, this, [this] {
        m_passwordEnv->setEnabled(m_passwordMode->currentData().toString() == envPrefix);
        scheduleValidation();
    });
    connect(m_passwordEnv, &QLineEdit::textEdited, this, &InventoryEditorDialog::scheduleValidation);
    connect(m_nodes, &QTableWidget::itemChanged, this, &InventoryEditorDialog::scheduleValidation);
    connect(addNode, &QPushButton::clicked, this, [this] {
        addNodeRow({});
        m_nodes->setCurrentCell(m_nodes->rowCount() - 1, NameColumn);
        m_nodes->setFocus();
        m_nodes->editItem(m_nodes->currentItem());
        scheduleValidation();
    });
    connect(removeNode, &QPushButton::clicked, this, &InventoryEditorDialog::removeNodeRow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
}

QLabel *InventoryEditorDialog::addMessage(const QString &field, const QString &label)
{
    auto *message = new QLabel;
    message->setObjectName(field + QStringLiteral(".message"));
    message->setAccessibleName(tr("Problem with %1").arg(label));
    message->setStyleSheet(QStringLiteral("color: #c62828;"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    message->hide();
    m_messages.insert(field, message);
    return message;
}

QLineEdit *InventoryEditorDialog::addLine(QFormLayout *form, const QString &field, const QString &label)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(field);
    const QString plain = QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    edit->setAccessibleName(plain);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    layout->addWidget(addMessage(field, plain));
    auto *caption = new QLabel(label);
    caption->setBuddy(edit);
    form->addRow(caption, box);
    m_lines.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this, &InventoryEditorDialog::scheduleValidation);
    return edit;
}

QComboBox *InventoryEditorDialog::addCombo(QFormLayout *form, const QString &field, const QString &label,
                                           const QStringList &values)
{
    auto *combo = new QComboBox;
    combo->setObjectName(field);
    combo->addItems(values); // YAML keywords, shown as written in the file
    const QString plain = QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    combo->setAccessibleName(plain);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(combo);
    layout->addWidget(addMessage(field, plain));
    auto *caption = new QLabel(label);
    caption->setBuddy(combo);
    form->addRow(caption, box);
    m_combos.insert(field, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &InventoryEditorDialog::scheduleValidation);
    return combo;
}

bool InventoryEditorDialog::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_otherProblems->addItem(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
        return false;
    }
    setWindowTitle(tr("Edit Inventory — %1").arg(path));
    m_savePath = path;
    return openText(file.readAll(), path);
}

bool InventoryEditorDialog::openExample()
{
    QFile file(QStringLiteral(":/inventory-example.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    setWindowTitle(tr("New Inventory"));
    return openText(file.readAll(), tr("new inventory"));
}

bool InventoryEditorDialog::openText(const QByteArray &text, const QString &path)
{
    m_otherProblems->clear();
    const auto result = nb::InventoryLoader::parse(text, path);
    if (!result.inventory) {
        // The form edits a valid file; a broken one is for a text editor first.
        for (const auto &problem : result.problems)
            m_otherProblems->addItem(problem.toString());
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return false;
    }
    m_base = text;
    m_edited = text;
    m_filePath = path;
    const nb::Inventory &inventory = *result.inventory;
    const QHash<QString, QString> values{
        {QStringLiteral("cluster"), inventory.cluster},
        {QStringLiteral("ssh.user"), inventory.ssh.user},
        {QStringLiteral("ssh.identity_file"), inventory.ssh.identityFile},
        {QStringLiteral("app.runtime"), inventory.app.runtime},
        {QStringLiteral("app.image"), inventory.app.image},
        {QStringLiteral("load_balancer.kind"), inventory.loadBalancer.kind},
        {QStringLiteral("load_balancer.host"), inventory.loadBalancer.host},
        {QStringLiteral("load_balancer.url"), inventory.loadBalancer.url},
        {QStringLiteral("database.dialect"), inventory.database.dialect},
        {QStringLiteral("database.host"), inventory.database.host},
        {QStringLiteral("database.port"),
         inventory.database.port > 0 ? QString::number(inventory.database.port) : QString()},
        {QStringLiteral("database.name"), inventory.database.name},
        {QStringLiteral("database.user"), inventory.database.user},
        {QStringLiteral("database.backup_dir"), inventory.database.backupDir},
    };
    m_filling = true;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        it.value()->setText(values.value(it.key()));
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QString value = values.value(it.key());
        if (it.value()->findText(value) < 0)
            it.value()->addItem(value);
        it.value()->setCurrentText(value);
    }
    const QString password = inventory.database.password;
    if (password.startsWith(envPrefix)) {
        m_passwordMode->setCurrentIndex(m_passwordMode->findData(envPrefix));
        m_passwordEnv->setText(password.mid(envPrefix.size()));
    } else {
        const int index = m_passwordMode->findData(password.isEmpty() ? QStringLiteral("keychain") : password);
        m_passwordMode->setCurrentIndex(qMax(0, index));
    }
    m_passwordEnv->setEnabled(m_passwordMode->currentData().toString() == envPrefix);
    m_nodes->setRowCount(0);
    for (int index = 0; index < inventory.app.nodes.size(); ++index) {
        const nb::AppNode &node = inventory.app.nodes.at(index);
        addNodeRow({index, node.name, node.host, node.address});
    }
    m_filling = false;
    validate();
    return true;
}

void InventoryEditorDialog::addNodeRow(const InventoryFormNode &node)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_nodes->rowCount();
    m_nodes->insertRow(row);
    auto *name = new QTableWidgetItem(node.name);
    name->setData(Qt::UserRole, node.original);
    m_nodes->setItem(row, NameColumn, name);
    m_nodes->setItem(row, HostColumn, new QTableWidgetItem(node.host));
    m_nodes->setItem(row, AddressColumn, new QTableWidgetItem(node.address));
    m_filling = filling;
}

void InventoryEditorDialog::removeNodeRow()
{
    const int row = m_nodes->currentRow();
    if (row < 0)
        return;
    m_nodes->removeRow(row);
    scheduleValidation();
}

InventoryFormValues InventoryEditorDialog::formValues() const
{
    InventoryFormValues values;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        values.scalars.insert(it.key(), it.value()->text().trimmed());
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        values.scalars.insert(it.key(), it.value()->currentText());
    const QString mode = m_passwordMode->currentData().toString();
    values.scalars.insert(passwordField, mode == envPrefix ? mode + m_passwordEnv->text().trimmed() : mode);
    const auto cell = [this](int row, int column) {
        const QTableWidgetItem *item = m_nodes->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_nodes->rowCount(); ++row) {
        const QTableWidgetItem *name = m_nodes->item(row, NameColumn);
        values.nodes.append({name ? name->data(Qt::UserRole).toInt() : -1, cell(row, NameColumn),
                             cell(row, HostColumn), cell(row, AddressColumn)});
    }
    return values;
}

void InventoryEditorDialog::scheduleValidation()
{
    if (m_filling)
        return;
    // Nothing is saved that has not been checked as it stands now.
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_debounce->start();
}

void InventoryEditorDialog::validate()
{
    m_debounce->stop();
    if (m_base.isEmpty())
        return;
    nb::InventoryProblems problems;
    m_edited = InventoryFormText::apply(m_base, m_filePath, formValues(), &problems);
    const auto result = nb::InventoryLoader::parse(m_edited, m_filePath);
    problems += result.problems;

    QHash<QString, QStringList> atField;
    m_otherProblems->clear();
    static const QRegularExpression nodeRow(QStringLiteral("^app\\.nodes\\[(\\d+)\\]"));
    for (const nb::InventoryProblem &problem : problems) {
        if (m_messages.contains(problem.field)) {
            atField[problem.field].append(problem.message);
        } else if (const auto match = nodeRow.match(problem.field); match.hasMatch()) {
            const int row = match.captured(1).toInt();
            const QTableWidgetItem *name = m_nodes->item(row, NameColumn);
            atField[nodesField].append(tr("Row %1 (%2): %3")
                                           .arg(row + 1)
                                           .arg(name ? name->text() : QString(), problem.message));
        } else if (problem.field == nodesField) {
            atField[nodesField].append(problem.message);
        } else {
            const QString place = problem.line > 0 ? tr("line %1:%2").arg(problem.line).arg(problem.column)
                                                   : tr("file");
            m_otherProblems->addItem(problem.field.isEmpty()
                                         ? tr("%1: %2").arg(place, problem.message)
                                         : tr("%1: %2: %3").arg(place, problem.field, problem.message));
        }
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QStringList messages = atField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

bool InventoryEditorDialog::save()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return false;
    QString path = m_savePath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save Inventory"), QString(),
                                            tr("Inventory (*.yaml *.yml)"));
        if (path.isEmpty())
            return false;
    }
    nb::InventoryDocument document;
    nb::InventoryProblems problems = document.loadText(m_edited, path);
    if (problems.isEmpty())
        problems = document.saveAs(path);
    if (!problems.isEmpty()) {
        for (const auto &problem : problems)
            m_otherProblems->addItem(problem.toString());
        return false;
    }
    m_savePath = path;
    m_base = m_edited;
    m_filePath = path;
    // Rows keep the file's order and new ones were appended: row i is node i now.
    m_filling = true;
    for (int row = 0; row < m_nodes->rowCount(); ++row) {
        if (QTableWidgetItem *name = m_nodes->item(row, NameColumn))
            name->setData(Qt::UserRole, row);
    }
    m_filling = false;
    emit saved(path);
    return true;
}
