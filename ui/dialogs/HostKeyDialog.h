#pragma once

#include <ssh/SshPolicy.h>

#include <QDialog>

class QPushButton;

// Asks whether to trust a host key that known_hosts does not list yet. Rejecting is
// the default and what Escape or closing the window does: trusting a key must be a
// deliberate act after comparing the fingerprint.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostKeyDialog(const nb::HostKeyQuestion &question, QWidget *parent = nullptr);

    // The operator's answer once the dialog has finished (Reject until then).
    nb::HostKeyDecision decision() const { return m_decision; }

private:
    void decide(nb::HostKeyDecision decision);

    nb::HostKeyDecision m_decision = nb::HostKeyDecision::Reject;
};
