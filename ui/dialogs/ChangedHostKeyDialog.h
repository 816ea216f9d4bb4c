#pragma once

#include <ssh/SshPolicy.h>

#include <QDialog>

// Tells the operator that a host presented a different key than known_hosts lists and
// that the console refused to connect. There is nothing to accept here: the only way
// on is to check the change with the host's administrator and remove the old key with
// the command shown, which the dialog lets them copy exactly.
class ChangedHostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangedHostKeyDialog(const nb::ChangedHostKey &change, QWidget *parent = nullptr);
};
